import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';

export class CandidateEmailQuery {
  @ApiProperty({ example: 'ada@example.com' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;
}

export class LegalHoldDto {
  @ApiProperty({ example: 'Litigation hold: claim 2026-117', maxLength: 500 })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class ConfirmErasureDto {
  @ApiProperty({ description: 'The token from the confirmation email’s link' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token is not valid' })
  token!: string;
}
