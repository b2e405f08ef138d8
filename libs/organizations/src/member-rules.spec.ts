import fc from 'fast-check';
import { MEMBERSHIP_ROLES } from '@assay/auth';
import { invitationRolesLost, managementRefusal, removesLastOwner } from './member-rules';

describe('managementRefusal', () => {
  it('lets owners manage every role', () => {
    expect(managementRefusal('owner', 'owner', 'recruiter')).toBeNull();
    expect(managementRefusal('owner', 'admin')).toBeNull();
    expect(managementRefusal('owner', 'recruiter', 'owner')).toBeNull();
  });

  it('lets admins manage recruiters only', () => {
    expect(managementRefusal('admin', 'recruiter')).toBeNull();
    expect(managementRefusal('admin', 'recruiter', 'recruiter')).toBeNull();
    expect(managementRefusal('admin', 'recruiter', 'admin')).toMatch(/owners/);
    expect(managementRefusal('admin', 'admin')).toMatch(/owners/);
    expect(managementRefusal('admin', 'owner', 'recruiter')).toMatch(/owners/);
  });

  it('refuses recruiters', () => {
    expect(managementRefusal('recruiter', 'recruiter')).toMatch(/owners and admins/);
  });
});

describe('removesLastOwner', () => {
  it('protects the last owner from removal and demotion', () => {
    expect(removesLastOwner(1, 'owner', null)).toBe(true);
    expect(removesLastOwner(1, 'owner', 'admin')).toBe(true);
    expect(removesLastOwner(1, 'owner', 'owner')).toBe(false);
    expect(removesLastOwner(2, 'owner', null)).toBe(false);
    expect(removesLastOwner(1, 'admin', null)).toBe(false);
  });
});

describe('invitationRolesLost', () => {
  it('names the invitation roles a member can no longer send', () => {
    expect(invitationRolesLost('owner')).toEqual([]);
    expect(invitationRolesLost('admin')).toEqual(['owner', 'admin']);
    expect(invitationRolesLost('recruiter')).toEqual(['owner', 'admin', 'recruiter']);
    expect(invitationRolesLost(null)).toEqual(['owner', 'admin', 'recruiter']);
  });

  it('kills exactly the invitations the new role could not have sent', () => {
    const role = fc.constantFrom(...MEMBERSHIP_ROLES);
    fc.assert(
      fc.property(role, role, (newRole, invited) => {
        const couldSend = managementRefusal(newRole, invited, invited) === null;
        expect(invitationRolesLost(newRole).includes(invited)).toBe(!couldSend);
      }),
    );
  });
});
