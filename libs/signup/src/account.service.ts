import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AuthenticatedMember, LoginBackoff, PasswordHasher, SessionService, Tokens } from '@assay/auth';
import { AssayConfig, forbidden, notFound, unauthorized } from '@assay/core';
import { requestMail } from '@assay/mail';
import { TransactionRunner } from '@assay/persistence';
import { OrganizationDto, SessionDto, UserDto, UsersRepository } from '@assay/organizations';
import { LoginDto, MeDto, OrganizationSessionDto } from './signup.dto';
import { UserTokens } from './user-tokens';

export const PASSWORD_RESET_TTL_MS = 3_600_000;

/** One answer for an unknown email and a wrong password: same status, title and detail. */
const invalidCredentials = () => unauthorized('The email or password is incorrect.');

/** Sessions of people: login, refresh, logout, password reset, switching organization, profile. */
@Injectable()
export class AccountService implements OnApplicationShutdown {
  private readonly logger = new Logger('Accounts');
  /** Reset emails being prepared after their request was answered (awaited on shutdown). */
  private readonly background = new Set<Promise<void>>();

  constructor(
    private readonly backoff: LoginBackoff,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly userTokens: UserTokens,
    private readonly tx: TransactionRunner,
    private readonly config: AssayConfig,
  ) {}

  /**
   * Verifies the password (or a dummy hash when the email is unknown: the same work either way), behind
   * the account's global backoff (docs/decisions/0604). An unverified account signs in only to the
   * organization it created.
   */
  async login(dto: LoginDto, ip: string): Promise<SessionDto> {
    await this.backoff.check(dto.email, ip);
    const user = await this.users.findByEmailWithPassword(dto.email);
    const ok = await this.hasher.verify(user?.passwordHash, dto.password);
    if (!user || !ok) {
      await this.backoff.failed(dto.email);
      throw invalidCredentials();
    }
    await this.backoff.succeeded(dto.email, ip);
    const memberships = await this.users.memberships(user.id, dto.organizationId);
    const chosen = memberships[0];
    if (!chosen) {
      throw dto.organizationId
        ? notFound('organization')
        : forbidden('You are not a member of any organization. Ask for an invitation.');
    }
    const tokens = await this.sessions.issue({
      userId: user.id,
      organizationId: chosen.organization.id,
      role: chosen.role,
    });
    return {
      user: UserDto.from(user),
      organization: OrganizationDto.from(chosen.organization),
      role: chosen.role,
      tokens,
    };
  }

  async refresh(refreshToken: string): Promise<{ tokens: Tokens }> {
    const { tokens } = await this.sessions.refresh(refreshToken);
    return { tokens };
  }

  logout(refreshToken: string): Promise<void> {
    return this.sessions.revoke(refreshToken);
  }

  /**
   * Answers at once, the same way whether or not the account exists; the link is prepared after the
   * answer (docs/decisions/0603), so neither the body nor the timing says whether the email is known.
   */
  forgotPassword(email: string): void {
    const task = this.sendResetLink(email)
      .catch((error: unknown) => this.logger.error({ err: error }, 'could not prepare a reset email'))
      .finally(() => this.background.delete(task));
    this.background.add(task);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.background]);
  }

  private async sendResetLink(email: string): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve)); // after the answer is on its way
    const user = await this.users.findByEmail(email);
    if (!user) return;
    await this.tx.run(async (m) => {
      const { token, expiresAt } = await this.userTokens.issue(
        m,
        user.id,
        'reset_password',
        PASSWORD_RESET_TTL_MS,
      );
      await requestMail(m, {
        template: 'reset-password',
        to: user.email,
        aggregateId: user.id,
        params: {
          fullName: user.fullName,
          url: `${this.config.appUrl}/reset-password?token=${encodeURIComponent(token)}`,
          expiresAt: expiresAt.toISOString(),
        },
      });
    });
  }

  /**
   * Sets the new password and ends every session and access token of the user; the emailed link also
   * proves the address. The token is checked before the (deliberately slow) hashing, so bad tokens cost
   * no hashing work.
   */
  async resetPassword(token: string, password: string): Promise<void> {
    await this.tx.run((m) => this.userTokens.check(m, token, 'reset_password'));
    const passwordHash = await this.hasher.hash(password);
    const userId = await this.tx.run(async (m) => {
      const id = await this.userTokens.redeem(m, token, 'reset_password');
      await this.users.setPassword(m, id, passwordHash);
      await this.users.markEmailVerified(m, id);
      await this.sessions.revokeAllForUser(id, m);
      return id;
    });
    const user = await this.users.findById(userId);
    if (user) await this.backoff.reset(user.email);
  }

  /** New tokens acting for another organization the caller belongs to; others read as not found. */
  async switchOrganization(
    member: AuthenticatedMember,
    organizationId: string,
  ): Promise<OrganizationSessionDto> {
    const [membership] = await this.users.memberships(member.userId!, organizationId);
    if (!membership) throw notFound('organization');
    const tokens = await this.sessions.issue({
      userId: member.userId!,
      organizationId: membership.organization.id,
      role: membership.role,
    });
    return { organization: OrganizationDto.from(membership.organization), role: membership.role, tokens };
  }

  async me(member: AuthenticatedMember): Promise<MeDto> {
    const user = await this.users.findById(member.userId!);
    if (!user) throw unauthorized();
    const memberships = await this.users.memberships(user.id);
    return {
      user: UserDto.from(user),
      memberships: memberships.map((ms) => ({
        organization: OrganizationDto.from(ms.organization),
        role: ms.role,
      })),
    };
  }
}
