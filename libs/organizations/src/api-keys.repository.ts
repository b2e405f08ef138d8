import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { OrganizationScopedRepository } from '@assay/persistence';
import { ApiKeyEntity } from './api-key.entity';

@Injectable()
export class ApiKeysRepository extends OrganizationScopedRepository<ApiKeyEntity> {
  constructor(@InjectRepository(ApiKeyEntity) repo: Repository<ApiKeyEntity>) {
    super(repo, 'API key');
  }

  insert(
    organizationId: string,
    values: Pick<ApiKeyEntity, 'name' | 'prefix' | 'keyHash' | 'createdByUserId'>,
    m: EntityManager = this.repo.manager,
  ): Promise<ApiKeyEntity> {
    return m.save(ApiKeyEntity, m.create(ApiKeyEntity, { ...values, organizationId }));
  }

  listActive(organizationId: string, limit: number, afterId?: string): Promise<ApiKeyEntity[]> {
    const query = this.repo
      .createQueryBuilder('k')
      .where('k.organizationId = :organizationId AND k.revokedAt IS NULL', { organizationId })
      .orderBy('k.id', 'ASC')
      .limit(limit + 1);
    if (afterId) query.andWhere('k.id > :afterId', { afterId });
    return query.getMany();
  }

  /** Revokes an active key; false when there is none with this id in this organization. */
  async revoke(organizationId: string, id: string, m: EntityManager = this.repo.manager): Promise<boolean> {
    const result = await m.update(
      ApiKeyEntity,
      { id, organizationId, revokedAt: IsNull() },
      { revokedAt: () => 'now()' },
    );
    return (result.affected ?? 0) > 0;
  }
}
