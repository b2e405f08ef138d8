import type { EntityManager } from 'typeorm';
import type { MembershipRole } from './member';

export interface ActiveMembership {
  role: MembershipRole;
  platformAdmin: boolean;
  /** The user's current access-token epoch; tokens of an older epoch are refused. */
  tokenEpoch: number;
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
  /**
   * The membership of `userId` in `organizationId` as it is now, or null once it is gone. Also null while
   * the user's email is unverified and the organization is not the one they created (pre-account
   * takeover: docs/decisions/0601).
   */
  abstract findActiveMembership(userId: string, organizationId: string): Promise<ActiveMembership | null>;

  /** The epoch new access tokens of `userId` are issued in (read in the caller's transaction if given). */
  abstract tokenEpoch(userId: string, manager?: EntityManager): Promise<number>;

  /** Ends every outstanding access token of `userId` (their refresh tokens are revoked separately). */
  abstract advanceTokenEpoch(userId: string, manager?: EntityManager): Promise<void>;

  /** The unrevoked API key with this SHA-256, recording its use; null for unknown or revoked keys. */
  abstract findApiKey(keyHash: string): Promise<ApiKeyIdentity | null>;
}
