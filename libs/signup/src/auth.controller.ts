import { Body, Controller, HttpCode, Ip, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ACCOUNT_RECOVERY_BUCKET,
  AuthRateLimit,
  CurrentMember,
  Public,
  SessionCookie,
  UserOnly,
  refreshCookie,
  refreshTokenOf,
  wantsCookieSession,
} from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import { SessionDto } from '@assay/organizations';
import { AccountService } from './account.service';
import {
  ForgotPasswordDto,
  LoginDto,
  OrganizationSessionDto,
  RefreshTokenDto,
  ResetPasswordDto,
  SwitchOrganizationDto,
  TokensResponseDto,
} from './signup.dto';

@ApiTags('signup and authentication')
@Controller('auth')
export class AuthController {
  constructor(private readonly accounts: AccountService) {}

  @Post('login')
  @Public()
  @SessionCookie()
  @AuthRateLimit()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password (one answer for both)' })
  @ApiForbiddenResponse({ description: 'The person is not a member of any organization' })
  @ApiNotFoundResponse({ description: 'Not a member of the `organizationId` asked for' })
  @ApiTooManyRequestsResponse({
    description:
      'Too many attempts from this IP, for this email from this IP, or for this email from addresses ' +
      'that never signed in to it (exponential backoff) (Retry-After)',
  })
  login(@Body() body: LoginDto, @Ip() ip: string): Promise<SessionDto> {
    return this.accounts.login(body, ip);
  }

  @Post('refresh')
  @Public()
  @SessionCookie()
  @AuthRateLimit()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange a refresh token for new tokens (rotated)',
    description: 'Presenting an already rotated refresh token revokes every token of its family (401).',
  })
  @ApiOkResponse({ type: TokensResponseDto })
  @ApiUnauthorizedResponse({ description: 'Unknown, expired, revoked or reused refresh token' })
  @ApiForbiddenResponse({ description: 'A cookie session refreshed from another origin' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts (Retry-After)' })
  refresh(@Body() body: RefreshTokenDto, @Req() request: FastifyRequest): Promise<TokensResponseDto> {
    return this.accounts.refresh(refreshTokenOf(request, body.refreshToken));
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'End the session of this refresh token (its whole family)',
    description:
      "Every access token of the user issued before stops working at once; the user's other sessions " +
      'keep their refresh tokens and get new access tokens on their next refresh.',
  })
  @ApiNoContentResponse({ description: 'Signed out (also for unknown tokens)' })
  async logout(
    @Body() body: RefreshTokenDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const token = refreshTokenOf(request, body.refreshToken);
    if (wantsCookieSession(request.headers)) reply.header('set-cookie', refreshCookie(null));
    await this.accounts.logout(token);
  }

  @Post('forgot-password')
  @Public()
  @AuthRateLimit(ACCOUNT_RECOVERY_BUCKET)
  @HttpCode(202)
  @ApiOperation({
    summary: 'Email a password-reset link (202 whether or not the account exists)',
    description: 'The same answer, body and timing for every address; the email is prepared afterwards.',
  })
  @ApiAcceptedResponse({ description: 'If the account exists, a link is on its way' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts (Retry-After)' })
  forgotPassword(@Body() body: ForgotPasswordDto): void {
    this.accounts.forgotPassword(body.email);
  }

  @Post('reset-password')
  @Public()
  @AuthRateLimit(ACCOUNT_RECOVERY_BUCKET)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Set a new password with the emailed token; every session and access token of the user ends',
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiBadRequestResponse({ description: 'Invalid password, or unknown or already used token' })
  @ApiGoneResponse({ description: 'Expired token' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts (Retry-After)' })
  async resetPassword(@Body() body: ResetPasswordDto): Promise<void> {
    await this.accounts.resetPassword(body.token, body.password);
  }

  @Post('switch-organization')
  @UserOnly()
  @SessionCookie()
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Get tokens acting for another organization you belong to' })
  @ApiOkResponse({ type: OrganizationSessionDto })
  @ApiUnauthorizedResponse({ description: 'No valid access token' })
  @ApiForbiddenResponse({ description: 'API keys cannot switch organization' })
  @ApiNotFoundResponse({ description: 'Not a member of that organization' })
  switchOrganization(
    @CurrentMember() member: AuthenticatedMember,
    @Body() body: SwitchOrganizationDto,
  ): Promise<OrganizationSessionDto> {
    return this.accounts.switchOrganization(member, body.organizationId);
  }
}
