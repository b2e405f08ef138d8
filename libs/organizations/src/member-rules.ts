import { forbidden } from '@assay/core';
import { hasAtLeast, MEMBERSHIP_ROLES, MembershipRole } from '@assay/auth';

/**
 * Who may manage whom: admins manage recruiters; owners manage everyone, admins and owners included.
 * Changing someone to a role, or inviting someone with it, counts as managing that role too.
 * Returns the reason for a refusal, or null when allowed.
 */
export function managementRefusal(
  actor: MembershipRole,
  targetRole: MembershipRole,
  newRole?: MembershipRole,
): string | null {
  if (!hasAtLeast(actor, 'admin')) return 'Only owners and admins manage members.';
  if (actor === 'owner') return null;
  if (targetRole !== 'recruiter' || (newRole && newRole !== 'recruiter')) {
    return 'Only owners manage admins and owners.';
  }
  return null;
}

export function assertCanManage(actor: MembershipRole, targetRole: MembershipRole, newRole?: MembershipRole) {
  const refusal = managementRefusal(actor, targetRole, newRole);
  if (refusal) throw forbidden(refusal);
}

/** True when the change leaves the organization without an owner. */
export function removesLastOwner(
  ownerCount: number,
  targetRole: MembershipRole,
  newRole: MembershipRole | null,
): boolean {
  return targetRole === 'owner' && newRole !== 'owner' && ownerCount <= 1;
}

/**
 * The invitation roles a member whose role became `role` (null: no longer a member) may no longer send:
 * their pending invitations with these roles die (docs/decisions/0600).
 */
export function invitationRolesLost(role: MembershipRole | null): MembershipRole[] {
  return MEMBERSHIP_ROLES.filter(
    (invited) => role === null || managementRefusal(role, invited, invited) !== null,
  );
}
