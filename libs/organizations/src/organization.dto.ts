import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { MEMBERSHIP_ROLES, TokensDto } from '@assay/auth';
import type { MembershipRole } from '@assay/auth';
import { Trim } from './email';
import type { OrganizationEntity } from './organization.entity';
import type { UserEntity } from './user.entity';

export class OrganizationDto {
  @ApiProperty({ format: 'uuid', example: '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b' })
  id!: string;

  @ApiProperty({ example: 'Acme Hiring' })
  name!: string;

  @ApiProperty({ example: 'acme-hiring' })
  slug!: string;

  static from(o: OrganizationEntity): OrganizationDto {
    return { id: o.id, name: o.name, slug: o.slug };
  }
}

export class OrganizationDetailDto extends OrganizationDto {
  @ApiProperty({ example: '2026-11-27T10:15:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: 24, description: 'Months after which candidates’ personal data is erased' })
  candidateRetentionMonths!: number;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    example: null,
    description: 'When the organization will be deleted, if asked',
  })
  deletionDueAt!: string | null;

  static override from(o: OrganizationEntity): OrganizationDetailDto {
    return {
      ...OrganizationDto.from(o),
      createdAt: o.createdAt.toISOString(),
      candidateRetentionMonths: o.candidateRetentionMonths,
      deletionDueAt: o.deletionDueAt?.toISOString() ?? null,
    };
  }
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120, example: 'Acme Talent' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({
    description: 'Lower-case letters, digits and single dashes; unique',
    example: 'acme-talent',
  })
  @IsOptional()
  @IsString()
  @MaxLength(48)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'slug must be lower-case letters and digits joined by dashes',
  })
  slug?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 120,
    example: 24,
    description: 'Months after a candidate’s last activity before their personal data is erased',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  candidateRetentionMonths?: number;
}

export class UserDto {
  @ApiProperty({ format: 'uuid', example: '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6c' })
  id!: string;

  @ApiProperty({ example: 'ada@acme.example' })
  email!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  fullName!: string;

  @ApiProperty({ example: false })
  emailVerified!: boolean;

  static from(u: UserEntity): UserDto {
    return { id: u.id, email: u.email, fullName: u.fullName, emailVerified: u.emailVerifiedAt !== null };
  }
}

/** A signed-in session: who, for which organization, with which role, and the tokens. */
export class SessionDto {
  @ApiProperty({ type: UserDto })
  user!: UserDto;

  @ApiProperty({ type: OrganizationDto })
  organization!: OrganizationDto;

  @ApiProperty({ enum: MEMBERSHIP_ROLES, example: 'owner' })
  role!: MembershipRole;

  @ApiProperty({ type: TokensDto })
  tokens!: TokensDto;
}

export class DeleteOrganizationDto {
  @ApiProperty({ example: 'acme-hiring', description: 'The organization’s slug, typed to confirm' })
  @IsString()
  @MaxLength(48)
  confirm!: string;
}
