/** Membership roles inside an organization, strongest first. */
export const MEMBERSHIP_ROLES = ['owner', 'admin', 'recruiter'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

const RANK: Record<MembershipRole, number> = { owner: 3, admin: 2, recruiter: 1 };

/** True when `role` is at least `minimum` (owner > admin > recruiter). */
export function hasAtLeast(role: MembershipRole, minimum: MembershipRole): boolean {
  return RANK[role] >= RANK[minimum];
}

/** Who is calling, as established by the global guard (JWT or API key). */
export interface AuthenticatedMember {
  userId: string | null; // null for API keys
  organizationId: string;
  role: MembershipRole;
  via: 'jwt' | 'api_key';
  apiKeyId?: string;
  platformAdmin: boolean;
}
