import { Injectable } from '@nestjs/common';
import { PasswordHasher, SessionService } from '@assay/auth';
import { AssayConfig, Problem } from '@assay/core';
import { requestMail } from '@assay/mail';
import { PersistenceProblem, TransactionRunner } from '@assay/persistence';
import {
  emailTaken,
  OrganizationDto,
  OrganizationsService,
  SessionDto,
  UserDto,
  UsersRepository,
} from '@assay/organizations';
import { SignupDto } from './signup.dto';
import { UserTokens } from './user-tokens';

export const EMAIL_VERIFICATION_TTL_MS = 72 * 3_600_000;

@Injectable()
export class SignupService {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly userTokens: UserTokens,
    private readonly tx: TransactionRunner,
    private readonly config: AssayConfig,
  ) {}

  /**
   * One transaction: organization, user, owner membership, verification token, the verification email
   * (outbox) and the first session. A taken email is refused before any hashing work and again, under
   * concurrency, by the unique index; either way nothing is created.
   */
  async signup(dto: SignupDto): Promise<SessionDto> {
    if (await this.users.findByEmail(dto.email)) throw emailTaken();
    const passwordHash = await this.hasher.hash(dto.password);
    return this.tx.run(async (m) => {
      const { organization, user } = await this.organizations.createWithOwner(m, {
        organizationName: dto.organizationName,
        email: dto.email,
        fullName: dto.fullName,
        passwordHash,
      });
      const { token } = await this.userTokens.issue(m, user.id, 'verify_email', EMAIL_VERIFICATION_TTL_MS);
      await requestMail(m, {
        template: 'verify-email',
        to: user.email,
        aggregateId: user.id,
        params: { fullName: user.fullName, url: this.link('/verify-email', token) },
      });
      const tokens = await this.sessions.issue(
        { userId: user.id, organizationId: organization.id, role: 'owner' },
        m,
      );
      return {
        organization: OrganizationDto.from(organization),
        user: UserDto.from(user),
        role: 'owner',
        tokens,
      };
    });
  }

  /**
   * A signup retried with its Idempotency-Key: the first response again, with new tokens. Its tokens were
   * never stored (docs/decisions/0605), so the retry must prove the password like a login would.
   */
  async replay(dto: SignupDto, first: Omit<SessionDto, 'tokens'>): Promise<SessionDto> {
    const user = await this.users.findByEmailWithPassword(dto.email);
    const ok = await this.hasher.verify(user?.passwordHash, dto.password);
    const [membership] = user && ok ? await this.users.memberships(user.id, first.organization.id) : [];
    if (!user || user.id !== first.user.id || !membership) {
      throw new Problem(
        422,
        PersistenceProblem.IdempotencyKeyReused,
        'This Idempotency-Key was used with a different request body.',
      );
    }
    const tokens = await this.sessions.issue({
      userId: user.id,
      organizationId: membership.organization.id,
      role: membership.role,
    });
    return {
      organization: OrganizationDto.from(membership.organization),
      user: UserDto.from(user),
      role: membership.role,
      tokens,
    };
  }

  async verifyEmail(token: string): Promise<void> {
    await this.tx.run(async (m) => {
      const userId = await this.userTokens.redeem(m, token, 'verify_email');
      await this.users.markEmailVerified(m, userId);
    });
  }

  /** Links go to the web app at APP_URL, never to the Host the request came in on. */
  private link(path: string, token: string): string {
    return `${this.config.appUrl}${path}?token=${encodeURIComponent(token)}`;
  }
}
