import type { MembershipRole } from './member';

export interface ActiveMembership {
  role: MembershipRole;
  platformAdmin: boolean;
}

export interface ApiKeyIdentity {
  apiKeyId: string;
  organizationId: string;
}

/**
 * What the guard and the session service need to know about people, without auth depending on the
 * domain lib that stores them (libs/organizations implements it; the app passes the implementation to
 * AuthModule.forRoot). See docs/decisions/0201-identity-module-boundaries.md.
 */
export abstract class MemberDirectory {
  /** The membership of `userId` in `organizationId` as it is now, or null once it is gone. */
  abstract findActiveMembership(userId: string, organizationId: string): Promise<ActiveMembership | null>;

  /** The unrevoked API key with this SHA-256, recording its use; null for unknown or revoked keys. */
  abstract findApiKey(keyHash: string): Promise<ApiKeyIdentity | null>;
}
