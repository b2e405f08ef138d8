import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClientIp } from '@assay/audit';
import { Public } from '@assay/auth';
import { ConfirmErasureDto, ErasureConfirmedDto } from './candidates.dto';
import { ErasureRequestsService } from './erasure-requests.service';

/** The candidate confirms their erasure request with the emailed token: no account, no invitation link. */
@ApiTags('take (candidates)')
@Public()
@Controller('erasure-requests')
export class ErasureConfirmController {
  constructor(private readonly requests: ErasureRequestsService) {}

  @Post('confirm')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm an erasure request (the organization is told; erasure follows in 30 days)',
  })
  @ApiOkResponse({ type: ErasureConfirmedDto })
  @ApiNotFoundResponse({ description: 'Unknown token' })
  @ApiGoneResponse({ description: 'The link was not used within 7 days (erasure-link-expired)' })
  confirm(@Body() dto: ConfirmErasureDto, @ClientIp() ip: string | null) {
    return this.requests.confirm(dto.token, ip);
  }
}
