import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AssayConfig, isUuid, newId, unauthorized } from '@assay/core';
import { MEMBERSHIP_ROLES, MembershipRole } from './member';

/** The one algorithm accepted. Pinned on both sides: `alg: none` and every other algorithm are refused. */
export const ACCESS_TOKEN_ALGORITHM = 'HS256';
/** `typ` claim of access tokens; refresh tokens are opaque, but the claim keeps any other JWT out too. */
export const ACCESS_TOKEN_TYPE = 'access';

export interface AccessClaims {
  sub: string;
  org: string;
  role: MembershipRole;
  typ: typeof ACCESS_TOKEN_TYPE;
  jti: string;
  /** The user's token epoch when issued (absent on tokens from before epochs existed: 0). */
  ep?: number;
  iat: number;
  exp: number;
  iss: string;
  aud: string;
}

/** Signs and verifies short-lived access tokens (JWT, HS256, iss/aud/exp/sub/org/role/typ). */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(private readonly config: AssayConfig) {
    this.jwt = new JwtService({
      secret: config.jwt.secret,
      signOptions: {
        algorithm: ACCESS_TOKEN_ALGORITHM,
        issuer: config.jwt.issuer,
        audience: config.jwt.audience,
        expiresIn: config.jwt.accessTtlSeconds,
      },
      verifyOptions: {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        issuer: config.jwt.issuer,
        audience: config.jwt.audience,
        clockTolerance: 5,
      },
    });
  }

  get ttlSeconds(): number {
    return this.config.jwt.accessTtlSeconds;
  }

  sign(subject: { userId: string; organizationId: string; role: MembershipRole }, epoch = 0): string {
    return this.jwt.sign({
      sub: subject.userId,
      org: subject.organizationId,
      role: subject.role,
      typ: ACCESS_TOKEN_TYPE,
      jti: newId(),
      ep: epoch,
    });
  }

  /** The claims of a valid access token; a 401 problem for anything else (no detail on why). */
  verify(token: string): AccessClaims {
    let claims: Partial<AccessClaims>;
    try {
      claims = this.jwt.verify<Partial<AccessClaims>>(token);
    } catch {
      throw unauthorized('The access token is invalid or expired.');
    }
    if (
      claims.typ !== ACCESS_TOKEN_TYPE ||
      !isUuid(claims.sub) ||
      !isUuid(claims.org) ||
      !MEMBERSHIP_ROLES.includes(claims.role as MembershipRole) ||
      typeof claims.exp !== 'number' ||
      (claims.ep !== undefined && !Number.isSafeInteger(claims.ep))
    ) {
      throw unauthorized('The access token is invalid or expired.');
    }
    return claims as AccessClaims;
  }
}
