import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthorized } from '@assay/core';
import { AccessTokenService } from './access-tokens';
import { ApiKeyRateLimiter, apiKeyRateLimited, rateLimitHeaders } from './api-key-rate-limit';
import { OPTIONAL_AUTH, PLATFORM_ADMIN, REQUIRED_ROLE, USER_ONLY } from './decorators';
import { AuthenticatedMember, hasAtLeast, MembershipRole } from './member';
import { MemberDirectory } from './member-directory';
import { hashToken } from './opaque-token';
import { IS_PUBLIC } from './public.decorator';

export const API_KEY_PREFIX = 'ak_';

interface GuardedRequest {
  headers: Record<string, string | string[] | undefined>;
  member?: AuthenticatedMember;
}

/**
 * Global guard: every route needs credentials unless it is @Public(). A JWT is checked for signature,
 * algorithm, issuer, audience, expiry and type, and then the membership it names is looked up: a removed
 * member is refused at once and a changed role applies at once, and a token of an older epoch (issued
 * before a logout or password reset) is refused. An `ak_` key acts as its organization with
 * recruiter rights. Sets `request.member`, then enforces @RequireMembershipRole, @UserOnly and
 * @PlatformAdminOnly with 403.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokenService,
    private readonly directory: MemberDirectory,
    private readonly apiKeyLimits: ApiKeyRateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<GuardedRequest>();
    if (
      this.reflector.getAllAndOverride<boolean>(OPTIONAL_AUTH, targets) &&
      request.headers.authorization === undefined
    ) {
      return true;
    }
    const member = await this.authenticate(request.headers.authorization);
    request.member = member;
    if (member.apiKeyId) await this.countApiKeyRequest(context, member.apiKeyId);

    const required = this.reflector.getAllAndOverride<MembershipRole | undefined>(REQUIRED_ROLE, targets);
    if (required && !hasAtLeast(member.role, required)) {
      throw forbidden(`This needs the ${required} role or higher in the organization.`);
    }
    if (this.reflector.getAllAndOverride<boolean>(USER_ONLY, targets) && member.via !== 'jwt') {
      throw forbidden('This is for signed-in people, not API keys.');
    }
    if (this.reflector.getAllAndOverride<boolean>(PLATFORM_ADMIN, targets) && !member.platformAdmin) {
      throw forbidden('Only platform administrators may do this.');
    }
    return true;
  }

  /** Every API-key request counts against the key's own budget and says where it stands (RateLimit-*). */
  private async countApiKeyRequest(context: ExecutionContext, apiKeyId: string): Promise<void> {
    const state = await this.apiKeyLimits.hit(apiKeyId);
    const headers = rateLimitHeaders(state);
    if (state.used > state.limit) throw apiKeyRateLimited(headers);
    const reply = context.switchToHttp().getResponse<{ header(name: string, value: string): unknown }>();
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  }

  private async authenticate(header: string | string[] | undefined): Promise<AuthenticatedMember> {
    const match = typeof header === 'string' ? /^Bearer[ ]+(\S+)\s*$/i.exec(header) : null;
    if (!match) throw unauthorized('Send an access token or API key as "Authorization: Bearer <token>".');
    const credential = match[1];

    if (credential.startsWith(API_KEY_PREFIX)) {
      const key = await this.directory.findApiKey(hashToken(credential));
      if (!key) throw unauthorized('The API key is invalid or revoked.');
      return {
        userId: null,
        organizationId: key.organizationId,
        role: 'recruiter',
        via: 'api_key',
        apiKeyId: key.apiKeyId,
        platformAdmin: false,
      };
    }

    const claims = this.accessTokens.verify(credential);
    const membership = await this.directory.findActiveMembership(claims.sub, claims.org);
    if (!membership) throw unauthorized('You are no longer a member of this organization.');
    // Logout and password reset advance the epoch: every access token issued before is dead at once.
    if ((claims.ep ?? 0) !== membership.tokenEpoch) {
      throw unauthorized('The access token is invalid or expired.');
    }
    return {
      userId: claims.sub,
      organizationId: claims.org,
      role: membership.role,
      via: 'jwt',
      platformAdmin: membership.platformAdmin,
    };
  }
}
