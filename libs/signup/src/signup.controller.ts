import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ACCOUNT_RECOVERY_BUCKET, AuthRateLimit, Public, SessionCookie } from '@assay/auth';
import { SessionDto } from '@assay/organizations';
import { Idempotent, IdempotentReplay } from '@assay/persistence';
import { EmailTokenDto, SignupDto } from './signup.dto';
import { SignupService } from './signup.service';

@ApiTags('signup and authentication')
@Public()
@Controller()
export class SignupController {
  constructor(private readonly signupService: SignupService) {}

  @Post('signup')
  @AuthRateLimit()
  @SessionCookie()
  @Idempotent({ credentials: true })
  @ApiOperation({
    summary: 'Sign up: create an organization and its owner, and sign in',
    operationId: 'signup.create',
    description:
      'Creates the organization (slug derived from its name), the user and an owner membership in one ' +
      'transaction, and emails a verification link.',
  })
  @ApiCreatedResponse({ type: SessionDto })
  @ApiBadRequestResponse({ description: 'Invalid fields (each one listed), unknown fields' })
  @ApiConflictResponse({ description: 'An account with this email already exists; nothing was created' })
  @ApiTooManyRequestsResponse({
    description: 'Too many attempts from this IP or for this email (Retry-After)',
  })
  signup(
    @Body() body: SignupDto,
    @IdempotentReplay() replay: Omit<SessionDto, 'tokens'> | undefined,
  ): Promise<SessionDto> {
    return replay ? this.signupService.replay(body, replay) : this.signupService.signup(body);
  }

  @Post('auth/verify-email')
  @AuthRateLimit(ACCOUNT_RECOVERY_BUCKET)
  @HttpCode(204)
  @ApiOperation({
    summary: 'Confirm an email address with the token from the verification email',
    operationId: 'auth.verifyEmail',
  })
  @ApiNoContentResponse({ description: 'Verified' })
  @ApiBadRequestResponse({ description: 'Unknown or already used token' })
  @ApiGoneResponse({ description: 'Expired token' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts (Retry-After)' })
  async verifyEmail(@Body() body: EmailTokenDto): Promise<void> {
    await this.signupService.verifyEmail(body.token);
  }
}
