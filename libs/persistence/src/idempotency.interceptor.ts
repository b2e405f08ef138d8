import {
  applyDecorators,
  CallHandler,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { Observable, from, of, switchMap, catchError, throwError } from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from './transaction';
import { Problem, ValidationProblem } from '@assay/core';
import { PersistenceProblem } from './persistence.problems';

const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;
const RETENTION_HOURS = 24;

interface StoredRow {
  request_hash: string;
  status_code: number | null;
  response: unknown;
}

interface IdempotentRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  ip?: string;
  params?: Record<string, string>;
  routeOptions?: { url?: string };
  member?: { organizationId: string };
  idempotentReplay?: unknown;
}

const CREDENTIALS = 'assay:idempotentCredentials';
/** Request fields that are secrets: never part of the stored request hash. */
const SECRET_FIELDS = ['password'];
/** Response fields that are credentials: never stored; the handler issues fresh ones on a replay. */
const CREDENTIAL_FIELDS = ['tokens'];

/**
 * `Idempotency-Key` on POSTs that create: the first response is stored (24 h) and a retry with the same key
 * and body gets it again; the same key with another body is a 422; a retry while the first is still running
 * is a 409. Keys are scoped by route and caller (organization, candidate token or IP).
 *
 * Routes that sign someone in (`@Idempotent({ credentials: true })`, i.e. signup) store no credentials
 * (docs/decisions/0605): the password is left out of the stored request hash and `tokens` out of the
 * stored response. A replay runs the handler with the stored response (@IdempotentReplay()), which must
 * check the password again and issue new tokens.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<IdempotentRequest>();
    const reply = http.getResponse<{ statusCode: number; status(code: number): unknown }>();
    const header = request.headers['idempotency-key'];
    const key = Array.isArray(header) ? header[0] : header;
    if (!key) return next.handle();
    if (!KEY_PATTERN.test(key)) {
      throw new ValidationProblem([
        {
          field: 'Idempotency-Key',
          message: 'must be 8-128 characters of letters, digits, ".", "_", ":" or "-"',
        },
      ]);
    }
    const scope = this.scopeOf(request);
    const credentials = this.reflector.get<boolean>(CREDENTIALS, context.getHandler()) === true;
    const hashed = credentials ? without(request.body, SECRET_FIELDS) : request.body;
    const requestHash = createHash('sha256')
      .update(JSON.stringify(hashed ?? null))
      .digest('hex');

    return from(this.claim(scope, key, requestHash)).pipe(
      switchMap((existing) => {
        if (existing) {
          if (existing.request_hash !== requestHash) {
            throw new Problem(
              422,
              PersistenceProblem.IdempotencyKeyReused,
              'This Idempotency-Key was used with a different request body.',
            );
          }
          if (existing.status_code === null) {
            throw new Problem(
              409,
              PersistenceProblem.IdempotencyInProgress,
              'A request with this Idempotency-Key is still being processed.',
            );
          }
          reply.status(existing.status_code);
          if (!credentials) return of(existing.response);
          request.idempotentReplay = existing.response;
          return next.handle();
        }
        return next.handle().pipe(
          switchMap((body) =>
            from(
              this.complete(
                scope,
                key,
                reply.statusCode || 200,
                credentials ? without(body, CREDENTIAL_FIELDS) : body,
              ),
            ).pipe(switchMap(() => of(body))),
          ),
          catchError((error: unknown) =>
            from(this.release(scope, key)).pipe(switchMap(() => throwError(() => error))),
          ),
        );
      }),
    );
  }

  private scopeOf(request: IdempotentRequest): string {
    const route = request.routeOptions?.url ?? request.url.split('?')[0];
    const token = request.params?.token;
    const principal = request.member
      ? `org:${request.member.organizationId}`
      : token
        ? `token:${createHash('sha256').update(token).digest('hex').slice(0, 32)}`
        : `ip:${request.ip ?? 'unknown'}`;
    const path = request.url.split('?')[0];
    return `${request.method} ${route} ${path} ${principal}`;
  }

  /** Inserts a placeholder; returns the existing row if the key was already used. */
  private async claim(scope: string, key: string, requestHash: string): Promise<StoredRow | null> {
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND expires_at < now()`,
      [scope, key],
    );
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4))
       ON CONFLICT (scope, key) DO NOTHING
       RETURNING key`,
      [scope, key, requestHash, RETENTION_HOURS],
    );
    if (inserted.length) return null;
    const rows: StoredRow[] = await this.dataSource.query(
      `SELECT request_hash, status_code, response FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    return rows[0] ?? { request_hash: requestHash, status_code: null, response: null };
  }

  private async complete(scope: string, key: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET status_code = $3, response = $4::jsonb WHERE scope = $1 AND key = $2`,
      [scope, key, status, JSON.stringify(body ?? null)],
    );
  }

  private async release(scope: string, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2`, [scope, key]);
  }
}

function without(value: unknown, fields: string[]): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const copy = { ...(value as Record<string, unknown>) };
  for (const field of fields) delete copy[field];
  return copy;
}

/** On a credential route, the stored first response when this request is a replay; otherwise undefined. */
export const IdempotentReplay = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): unknown =>
    ctx.switchToHttp().getRequest<IdempotentRequest>().idempotentReplay,
);

/**
 * Marks a creating POST as honouring `Idempotency-Key`. `credentials`: the route signs someone in; its
 * stored response keeps no tokens and the handler re-issues them on a replay (read @IdempotentReplay()).
 */
export const Idempotent = (options: { credentials?: boolean } = {}) =>
  applyDecorators(
    SetMetadata(CREDENTIALS, options.credentials === true),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Retrying with the same key and body returns the first response (kept 24 h).',
    }),
  );

/**
 * Forgets stored responses of an organization's requests that mention `needle` (a candidate's email being
 * erased): a stored invitation response would otherwise keep their name and address for a day.
 */
export async function forgetIdempotentResponsesMentioning(
  m: EntityManager,
  organizationId: string,
  needle: string,
): Promise<number> {
  const rows = returnedRows<{ key: string }>(
    await m.query(
      `DELETE FROM idempotency_keys
        WHERE scope LIKE '%' || $1 AND strpos(lower(response::text), lower($2)) > 0
        RETURNING key`,
      [`org:${organizationId}`, needle],
    ),
  );
  return rows.length;
}
