import { defineProblemCatalog } from '@assay/core';

/**
 * Problems of organizations, members, invitations and integrations. The invitation codes serve member
 * invitations and candidates' assessment invitations alike (one page per code).
 */
export enum OrganizationsProblem {
  SlugTaken = 'slug-taken',
  EmailTaken = 'email-taken',
  AlreadyMember = 'already-member',
  AccountChanged = 'account-changed',
  LastOwner = 'last-owner',
  InvitationUsed = 'invitation-used',
  InvitationRevoked = 'invitation-revoked',
  InvitationExpired = 'invitation-expired',
  UnsafeWebhookUrl = 'unsafe-webhook-url',
  WebhookDisabled = 'webhook-disabled',
  DeletionScheduled = 'deletion-scheduled',
  DeletionNotScheduled = 'deletion-not-scheduled',
}

export const ORGANIZATIONS_PROBLEMS = defineProblemCatalog(
  'organizations',
  'OrganizationsProblem',
  OrganizationsProblem,
  {
    [OrganizationsProblem.SlugTaken]: {
      statuses: [409],
      title: 'Slug taken',
      happened: 'Another organization already uses this slug.',
      todo: 'Choose another slug.',
    },
    [OrganizationsProblem.EmailTaken]: {
      statuses: [409],
      title: 'Email address taken',
      happened: 'An account with this email address already exists.',
      todo: 'Sign in instead, or use “forgot password” if you cannot.',
    },
    [OrganizationsProblem.AlreadyMember]: {
      statuses: [409],
      title: 'Already a member',
      happened: 'The person is already a member of this organization.',
      todo: 'Change their role instead of inviting them again.',
    },
    [OrganizationsProblem.AccountChanged]: {
      statuses: [409],
      title: 'Account changed',
      happened: 'The invited account changed while the invitation was being accepted.',
      todo: 'Open the invitation link again.',
    },
    [OrganizationsProblem.LastOwner]: {
      statuses: [409],
      title: 'Last owner',
      happened: 'This would leave the organization without an owner.',
      todo: 'Make another member an owner first.',
    },
    [OrganizationsProblem.InvitationUsed]: {
      statuses: [409],
      title: 'Invitation already used',
      happened: 'This member invitation has already been accepted.',
      todo: 'Sign in; if you need another invitation, ask an owner or admin of the organization.',
    },
    [OrganizationsProblem.InvitationRevoked]: {
      statuses: [409, 410],
      title: 'Invitation withdrawn',
      happened:
        'Whoever sent the invitation (to join an organization, or to take an assessment) withdrew it.',
      todo: 'Ask the sender for a new invitation. A withdrawn candidate invitation cannot be resent.',
    },
    [OrganizationsProblem.InvitationExpired]: {
      statuses: [410],
      title: 'Invitation expired',
      happened: 'The invitation (to join an organization, or to take an assessment) is past its expiry.',
      todo: 'Ask the sender to resend it: a resend renews an expired candidate invitation.',
    },
    [OrganizationsProblem.UnsafeWebhookUrl]: {
      statuses: [422],
      title: 'Unsafe webhook URL',
      happened:
        'The webhook URL resolves to a loopback, private or link-local address, or uses a refused scheme.',
      todo: 'Use a public https:// URL of your receiver.',
    },
    [OrganizationsProblem.WebhookDisabled]: {
      statuses: [409],
      title: 'Webhook endpoint disabled',
      happened: 'The endpoint was disabled after failing deliveries for too long, so nothing is sent to it.',
      todo: 'Fix the receiver, re-enable the endpoint (POST …/webhooks/{id}/enable), then send a test.',
    },
    [OrganizationsProblem.DeletionScheduled]: {
      statuses: [409],
      title: 'Deletion already scheduled',
      happened: 'The organization is already scheduled for deletion.',
      todo: 'Wait for the grace period to end, or cancel the deletion first.',
    },
    [OrganizationsProblem.DeletionNotScheduled]: {
      statuses: [409],
      title: 'No deletion scheduled',
      happened: 'There is no scheduled deletion of this organization to cancel.',
      todo: 'Nothing to do.',
    },
  },
);
