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
import { AuditLogQuery } from './audit-log.dto';
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
  @ApiOkResponse({
    schema: {
      example: {
        items: [
          {
            id: '0193c4f2-7a1e-7cc2-9a4e-3f1b2c3d4e5f',
            at: '2026-12-02T10:00:00.000Z',
            actor: { type: 'user', id: '0193c4f2-7a1e-7cc2-9a4e-aaaaaaaaaaaa', email: 'owner@example.com' },
            action: 'assessment.published',
            target: { type: 'assessment', id: '0193c4f2-7a1e-7cc2-9a4e-bbbbbbbbbbbb' },
            ip: '203.0.113.7',
            details: {},
          },
        ],
        nextCursor: null,
      },
    },
  })
  list(@CurrentMember() member: AuthenticatedMember, @Query() query: AuditLogQuery) {
    return this.audit.list(member.organizationId, query);
  }

  @Get('audit-log.csv')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The audit log (with the same filters) as CSV' })
  csv(@CurrentMember() member: AuthenticatedMember, @Query() query: AuditLogQuery) {
    return this.audit.csv(member.organizationId, query);
  }
}
