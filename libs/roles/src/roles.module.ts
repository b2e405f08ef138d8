import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RequirementsModule } from '@assay/requirements';
import { RoleTemplateEntity } from './role-template.entity';
import { RoleTemplateVersionEntity } from './role-template-version.entity';
import { AdminRolesController, RolesController } from './roles.controller';
import { RolePageRoute } from './role-page.route';
import { RolesService } from './roles.service';

/** Job-role templates with their versions: the public catalog and its administration. */
@Module({
  imports: [TypeOrmModule.forFeature([RoleTemplateEntity, RoleTemplateVersionEntity]), RequirementsModule],
  controllers: [RolesController, AdminRolesController],
  providers: [RolesService, RolePageRoute],
  exports: [RolesService, RolePageRoute],
})
export class RolesModule {}
