import { Controller, Get } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { CurrentMember, UserOnly } from '@assay/auth';
import type { AuthenticatedMember } from '@assay/auth';
import { AccountService } from './account.service';
import { MeDto } from './signup.dto';

@ApiTags('signup and authentication')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly accounts: AccountService) {}

  @Get()
  @UserOnly()
  @ApiOperation({
    summary: 'The signed-in person and every organization they belong to',
    operationId: 'me.get',
  })
  @ApiOkResponse({ type: MeDto })
  @ApiUnauthorizedResponse({ description: 'No valid access token' })
  @ApiForbiddenResponse({ description: 'API keys have no person behind them' })
  me(@CurrentMember() member: AuthenticatedMember): Promise<MeDto> {
    return this.accounts.me(member);
  }
}
