import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsAcceptablePassword, MEMBERSHIP_ROLES, TokensDto } from '@assay/auth';
import type { MembershipRole } from '@assay/auth';
import { EmailField, OrganizationDto, Trim, UserDto } from '@assay/organizations';

export class SignupDto {
  @ApiProperty({ example: 'Acme Hiring', maxLength: 120 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  organizationName!: string;

  @ApiProperty({ example: 'Ada Lovelace', maxLength: 200 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ example: 'ada@acme.example', description: 'Case-insensitive; unique across Assay' })
  @EmailField()
  email!: string;

  @ApiProperty({
    example: 'a long and unusual passphrase',
    minLength: 10,
    maxLength: 128,
    description: '10–128 characters; the 1,000 most common passwords are refused',
  })
  @IsAcceptablePassword()
  password!: string;
}

export class LoginDto {
  @ApiProperty({ example: 'ada@acme.example' })
  @EmailField()
  email!: string;

  @ApiProperty({ example: 'a long and unusual passphrase' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Organization to sign in to; default: the one joined first',
    example: '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;
}

export class RefreshTokenDto {
  @ApiProperty({
    required: false,
    description: 'Required unless the session is a cookie session (X-Assay-Session: cookie and its cookie)',
    example: 'Vq3pZ9kQ1m0c8H4Xn2sLwYbF6tRrE7uAaJdKgOeP5iM',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken?: string;
}

export class TokensResponseDto {
  @ApiProperty({ type: TokensDto })
  tokens!: TokensDto;
}

export class EmailTokenDto {
  @ApiProperty({
    description: 'The token from the emailed link',
    example: 'Vq3pZ9kQ1m0c8H4Xn2sLwYbF6tRrE7uAaJdKgOeP5iM',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;
}

export class ForgotPasswordDto {
  @ApiProperty({ example: 'ada@acme.example' })
  @EmailField()
  email!: string;
}

export class ResetPasswordDto extends EmailTokenDto {
  @ApiProperty({ example: 'another long and unusual passphrase', minLength: 10, maxLength: 128 })
  @IsAcceptablePassword()
  password!: string;
}

export class SwitchOrganizationDto {
  @ApiProperty({ format: 'uuid', example: '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b' })
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId!: string;
}

export class OrganizationSessionDto {
  @ApiProperty({ type: OrganizationDto })
  organization!: OrganizationDto;

  @ApiProperty({ enum: MEMBERSHIP_ROLES, example: 'admin' })
  role!: MembershipRole;

  @ApiProperty({ type: TokensDto })
  tokens!: TokensDto;
}

export class MembershipDto {
  @ApiProperty({ type: OrganizationDto })
  organization!: OrganizationDto;

  @ApiProperty({ enum: MEMBERSHIP_ROLES, example: 'owner' })
  role!: MembershipRole;
}

export class MeDto {
  @ApiProperty({ type: UserDto })
  user!: UserDto;

  @ApiProperty({ type: [MembershipDto] })
  memberships!: MembershipDto[];
}
