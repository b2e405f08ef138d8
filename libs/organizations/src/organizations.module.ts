import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';
import { MemberInvitationEntity } from './member-invitation.entity';
import { MemberInvitationsController } from './member-invitations.controller';
import { MemberInvitationsRepository } from './member-invitations.repository';
import { MemberInvitationsService } from './member-invitations.service';
import { MembersService } from './members.service';
import { MembershipEntity } from './membership.entity';
import { MembershipsRepository } from './memberships.repository';
import { OrganizationController } from './organization.controller';
import { OrganizationDeletionService } from './organization-deletion';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';
import { PlatformAdminController } from './platform-admin.controller';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookDeliveriesRepository, WebhookEndpointsRepository } from './webhook-endpoints.repository';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

export const ORGANIZATION_ENTITIES = [
  OrganizationEntity,
  UserEntity,
  MembershipEntity,
  MemberInvitationEntity,
  ApiKeyEntity,
  WebhookEndpointEntity,
  WebhookDeliveryEntity,
];

/**
 * Organizations, people, memberships, member invitations, API keys and webhook endpoints. Needs the
 * global AuthModule (sessions, hashing) and PersistenceModule; signup builds on its exports.
 */
@Module({
  imports: [TypeOrmModule.forFeature(ORGANIZATION_ENTITIES)],
  controllers: [
    OrganizationController,
    MemberInvitationsController,
    ApiKeysController,
    WebhooksController,
    PlatformAdminController,
  ],
  providers: [
    OrganizationsRepository,
    UsersRepository,
    MembershipsRepository,
    MemberInvitationsRepository,
    ApiKeysRepository,
    WebhookEndpointsRepository,
    WebhookDeliveriesRepository,
    OrganizationsService,
    MembersService,
    MemberInvitationsService,
    ApiKeysService,
    WebhooksService,
    OrganizationDeletionService,
  ],
  exports: [
    OrganizationsRepository,
    UsersRepository,
    MembershipsRepository,
    WebhookEndpointsRepository,
    WebhookDeliveriesRepository,
    OrganizationsService,
  ],
})
export class OrganizationsModule {}
