import { Injectable } from '@nestjs/common';
import { API_KEY_PREFIX, AuthenticatedMember, newOpaqueToken } from '@assay/auth';
import { notFound, Page, PageQuery } from '@assay/core';
import { ApiKeyCreatedDto, ApiKeyDto, CreateApiKeyDto } from './api-keys.dto';
import { ApiKeysRepository } from './api-keys.repository';
import { afterId, DEFAULT_PAGE_SIZE, toPage } from './paging';

/** `ak_` + 8 characters: enough to tell keys apart in a list, far too little to guess the rest. */
const VISIBLE_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;

@Injectable()
export class ApiKeysService {
  constructor(private readonly keys: ApiKeysRepository) {}

  async create(actor: AuthenticatedMember, dto: CreateApiKeyDto): Promise<ApiKeyCreatedDto> {
    const { token, hash } = newOpaqueToken(API_KEY_PREFIX);
    const row = await this.keys.insert(actor.organizationId, {
      name: dto.name,
      prefix: token.slice(0, VISIBLE_PREFIX_LENGTH),
      keyHash: hash,
      createdByUserId: actor.userId,
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
  async revoke(organizationId: string, id: string): Promise<void> {
    if (!(await this.keys.revoke(organizationId, id))) throw notFound('API key');
  }
}
