import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedMember } from '@assay/auth';
import type { AuditActorType } from './audit-log.entity';

/** Who did something and from where, as the audit log records it. */
export interface AuditActor {
  type: AuditActorType;
  /** The user's or API key's id; null for the system. */
  id: string | null;
  /** The client address as Fastify resolved it (honouring TRUST_PROXY); null outside a request. */
  ip: string | null;
}

export const SYSTEM_ACTOR: AuditActor = Object.freeze({ type: 'system', id: null, ip: null });

/** The actor behind an authenticated member: the person, or the API key acting for the organization. */
export function actorOf(member: AuthenticatedMember, ip: string | null = null): AuditActor {
  return member.via === 'api_key'
    ? { type: 'api_key', id: member.apiKeyId ?? null, ip }
    : { type: 'user', id: member.userId, ip };
}

/**
 * The calling member as an audit actor, with the request's address. Only on authenticated routes: the
 * guard has set `request.member` by then.
 */
export const Actor = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuditActor => {
  const request = ctx.switchToHttp().getRequest<{ member?: AuthenticatedMember; ip?: string }>();
  if (!request.member) throw new Error('@Actor() used on a route without authentication');
  return actorOf(request.member, request.ip ?? null);
});

/** The request's address alone, for routes without a member (a candidate's own request). */
export const ClientIp = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): string | null =>
    ctx.switchToHttp().getRequest<{ ip?: string }>().ip ?? null,
);
