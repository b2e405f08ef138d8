import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthenticatedMember, MembershipRole } from './member';

export const REQUIRED_ROLE = 'assay:requiredMembershipRole';
export const PLATFORM_ADMIN = 'assay:platformAdmin';
export const ALLOW_API_KEY = 'assay:allowApiKey';
export const USER_ONLY = 'assay:userOnly';

/** The minimum membership role a route needs (owner > admin > recruiter). */
export const RequireMembershipRole = (role: MembershipRole) => SetMetadata(REQUIRED_ROLE, role);

/** Platform-admin routes (catalog curation, queue dashboard); everyone else gets 403. */
export const PlatformAdminOnly = () => SetMetadata(PLATFORM_ADMIN, true);

/** Routes about a person (their profile, switching organization): API keys get 403. */
export const UserOnly = () => SetMetadata(USER_ONLY, true);

/**
 * The authenticated caller. Fails loudly if the guard did not run (a route wrongly marked @Public()),
 * rather than letting a handler act for nobody.
 */
export const CurrentMember = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthenticatedMember => {
    const request = ctx.switchToHttp().getRequest<{ member?: AuthenticatedMember }>();
    if (!request.member) {
      throw new Error('CurrentMember used on a route without authentication (is it marked @Public()?)');
    }
    return request.member;
  },
);
