import { Injectable } from '@nestjs/common';
import { AuditLogService, actorOf } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { API_KEY_PREFIX, AuthenticatedMember, newOpaqueToken } from '@assay/auth';
import { TransactionRunner } from '@assay/persistence';
import { notFound, Page, PageQuery } from '@assay/core';
import { ApiKeyCreatedDto, ApiKeyDto, CreateApiKeyDto } from './api-keys.dto';
import { ApiKeysRepository } from './api-keys.repository';
import { afterId, DEFAULT_PAGE_SIZE, toPage } from './paging';

/** `ak_` + 8 characters: enough to tell keys apart in a list, far too little to guess the rest. */
const VISIBLE_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditLogService,
  ) {}

  async create(
    actor: AuthenticatedMember,
    dto: CreateApiKeyDto,
    who: AuditActor = actorOf(actor),
  ): Promise<ApiKeyCreatedDto> {
    const { token, hash } = newOpaqueToken(API_KEY_PREFIX);
    const row = await this.tx.run(async (m) => {
      const key = await this.keys.insert(
        actor.organizationId,
        {
          name: dto.name,
          prefix: token.slice(0, VISIBLE_PREFIX_LENGTH),
          keyHash: hash,
          createdByUserId: actor.userId,
        },
        m,
      );
      await this.audit.record(
        m,
        actor.organizationId,
        who,
        'api_key.created',
        { type: 'api_key', id: key.id },
        { name: key.name, prefix: key.prefix },
      );
      return key;
    });
    return {
      id: row.id,
      name: row.name,
      key: token,
      prefix: row.prefix,
      createdAt: row.createdAt.toISOString(),
    };
  }

  async list(organizationId: string, query: PageQuery): Promise<Page<ApiKeyDto>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.keys.listActive(organizationId, limit, afterId(query.cursor));
    return toPage(rows, limit, (k) => k.id, ApiKeyDto.from);
  }

  /** Revoked keys stop working on the next request: the guard looks every key up. */
  async revoke(organizationId: string, id: string, who: AuditActor): Promise<void> {
    await this.tx.run(async (m) => {
      if (!(await this.keys.revoke(organizationId, id, m))) throw notFound('API key');
      await this.audit.record(m, organizationId, who, 'api_key.revoked', { type: 'api_key', id });
    });
  }
}
