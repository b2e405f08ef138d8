import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailRequestEntity } from './mail-request.entity';
import { MailTransport } from './mail-transport';

@Module({
  imports: [TypeOrmModule.forFeature([MailRequestEntity])],
  providers: [MailTransport],
  exports: [MailTransport],
})
export class MailModule {}
