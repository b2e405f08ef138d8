import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthenticatedMember, MembershipRole } from './member';

export const REQUIRED_ROLE = 'assay:requiredMembershipRole';
export const PLATFORM_ADMIN = 'assay:platformAdmin';
export const ALLOW_API_KEY = 'assay:allowApiKey';
export const USER_ONLY = 'assay:userOnly';
export const OPTIONAL_AUTH = 'assay:optionalAuth';

/** The minimum membership role a route needs (owner > admin > recruiter). */
export const RequireMembershipRole = (role: MembershipRole) => SetMetadata(REQUIRED_ROLE, role);

/** Platform-admin routes (catalog curation, queue dashboard); everyone else gets 403. */
export const PlatformAdminOnly = () => SetMetadata(PLATFORM_ADMIN, true);

/** Routes about a person (their profile, switching organization): API keys get 403. */
export const UserOnly = () => SetMetadata(USER_ONLY, true);

/**
 * Routes open to anyone that act differently for a signed-in caller (accepting a member invitation): no
 * Authorization header is fine, but one that is sent must be valid (401 otherwise). Read with
 * @OptionalMember().
 */
export const OptionalAuth = () => SetMetadata(OPTIONAL_AUTH, true);

/** The authenticated caller on an @OptionalAuth() route, or null when none was sent. */
export const OptionalMember = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthenticatedMember | null =>
    ctx.switchToHttp().getRequest<{ member?: AuthenticatedMember }>().member ?? null,
);

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
