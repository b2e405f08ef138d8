import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '@assay/organizations';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { MeController } from './me.controller';
import { SignupController } from './signup.controller';
import { SignupService } from './signup.service';
import { UserTokenEntity } from './user-token.entity';
import { UserTokens } from './user-tokens';

/** Signup, email verification and people's sessions; builds on organizations and the global AuthModule. */
@Module({
  imports: [OrganizationsModule, TypeOrmModule.forFeature([UserTokenEntity])],
  controllers: [SignupController, AuthController, MeController],
  providers: [SignupService, AccountService, UserTokens],
})
export class SignupModule {}
