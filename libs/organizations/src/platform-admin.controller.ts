import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { PlatformAdminOnly } from '@assay/auth';
import { PageQuery } from '@assay/core';
import { OrganizationDetailDto } from './organization.dto';
import { OrganizationsService } from './organizations.service';

class OrganizationPageDto {
  @ApiProperty({ type: [OrganizationDetailDto] })
  items!: OrganizationDetailDto[];

  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor!: string | null;
}

@ApiTags('platform admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not a platform admin' })
@PlatformAdminOnly()
@Controller('admin/organizations')
export class PlatformAdminController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get()
  @ApiOperation({
    summary: 'Every organization on the platform (platform admins only)',
    operationId: 'adminOrganizations.list',
  })
  @ApiOkResponse({ type: OrganizationPageDto })
  list(@Query() query: PageQuery): Promise<OrganizationPageDto> {
    return this.organizations.listAll(query);
  }
}
