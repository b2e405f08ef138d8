import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { conflict, notFound, Page, PageQuery } from '@assay/core';
import { AuditLogService, SYSTEM_ACTOR } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import { isUniqueViolation, TransactionRunner } from '@assay/persistence';
import { OrganizationDetailDto, UpdateOrganizationDto } from './organization.dto';
import { OrganizationEntity } from './organization.entity';
import { MembershipsRepository } from './memberships.repository';
import { OrganizationsRepository } from './organizations.repository';
import { afterId, DEFAULT_PAGE_SIZE, toPage } from './paging';
import { RESERVED_SLUGS, slugify } from './slug';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { OrganizationsProblem } from './organizations.problems';

export interface NewOwner {
  organizationName: string;
  email: string;
  fullName: string;
  passwordHash: string;
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly users: UsersRepository,
    private readonly memberships: MembershipsRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditLogService,
  ) {}

  async get(organizationId: string): Promise<OrganizationEntity> {
    const organization = await this.organizations.findById(organizationId);
    if (!organization) throw notFound('organization');
    return organization;
  }

  async update(
    organizationId: string,
    changes: UpdateOrganizationDto,
    who: AuditActor = SYSTEM_ACTOR,
  ): Promise<OrganizationEntity> {
    if (
      changes.slug &&
      (RESERVED_SLUGS.has(changes.slug) || (await this.organizations.slugTaken(changes.slug, organizationId)))
    ) {
      throw conflict(OrganizationsProblem.SlugTaken, 'This slug is taken.');
    }
    try {
      return await this.tx.run(async (m) => {
        const updated = await this.organizations.update(organizationId, changes, m);
        if (!updated) throw notFound('organization');
        if (Object.keys(changes).length) {
          await this.audit.record(
            m,
            organizationId,
            who,
            'organization.updated',
            { type: 'organization', id: organizationId },
            { ...changes },
          );
        }
        return updated;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(OrganizationsProblem.SlugTaken, 'This slug is taken.');
      throw error;
    }
  }

  /** Platform admins: every organization, by id. */
  async listAll(query: PageQuery): Promise<Page<OrganizationDetailDto>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.organizations.listAll(limit, afterId(query.cursor));
    return toPage(rows, limit, (o) => o.id, OrganizationDetailDto.from);
  }

  /**
   * Signup's core, in the caller's transaction: the organization (slug derived from its name), the user
   * and the owner membership. An email already registered is a 409 and nothing is created.
   */
  async createWithOwner(
    manager: EntityManager,
    input: NewOwner,
  ): Promise<{ organization: OrganizationEntity; user: UserEntity }> {
    if (await this.users.findByEmail(input.email, manager)) throw emailTaken();
    const organization = await this.organizations.insertWithFreeSlug(
      manager,
      input.organizationName,
      slugify(input.organizationName),
      RESERVED_SLUGS,
    );
    let user: UserEntity;
    try {
      user = await this.users.insert(manager, {
        email: input.email,
        fullName: input.fullName,
        passwordHash: input.passwordHash,
      });
    } catch (error) {
      // Two signups with one address at once: the unique index decides; the transaction rolls back.
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
    await this.memberships.add(manager, organization.id, user.id, 'owner');
    await this.organizations.setCreator(manager, organization.id, user.id);
    organization.createdByUserId = user.id;
    return { organization, user };
  }
}

export const emailTaken = () =>
  conflict(OrganizationsProblem.EmailTaken, 'An account with this email address already exists.');
