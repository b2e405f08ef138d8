import { Controller, Get, Header, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentMember, RequireMembershipRole } from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import { AuditLogPageDto, AuditLogQuery } from './audit-log.dto';
import { AuditLogService } from './audit-log.service';

@ApiTags('organization')
@ApiBearerAuth()
@RequireMembershipRole('admin')
@ApiForbiddenResponse({ description: 'Recruiters and API keys' })
@Controller('organization')
export class AuditLogController {
  constructor(private readonly audit: AuditLogService) {}

  @Get('audit-log')
  @ApiOperation({ summary: 'Who changed what, when and from where (owner, admin); newest first' })
  @ApiOkResponse({ type: AuditLogPageDto })
  list(@CurrentMember() member: AuthenticatedMember, @Query() query: AuditLogQuery) {
    return this.audit.list(member.organizationId, query);
  }

  @Get('audit-log.csv')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The audit log (with the same filters) as CSV' })
  @ApiOkResponse({
    description: 'The entries, newest first',
    content: { 'text/csv': { schema: { type: 'string', description: 'RFC 4180, with a header row' } } },
  })
  csv(@CurrentMember() member: AuthenticatedMember, @Query() query: AuditLogQuery) {
    return this.audit.csv(member.organizationId, query);
  }
}
