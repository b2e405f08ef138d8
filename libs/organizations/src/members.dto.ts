import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsAcceptablePassword, MEMBERSHIP_ROLES } from '@assay/auth';
import type { MembershipRole } from '@assay/auth';
import { EmailField, Trim } from './email';
import type { MemberInvitationEntity } from './member-invitation.entity';
import type { MemberRow } from './memberships.repository';

export class MemberDto {
  @ApiProperty({ format: 'uuid', example: '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6c' })
  userId!: string;

  @ApiProperty({ example: 'grace@acme.example' })
  email!: string;

  @ApiProperty({ example: 'Grace Hopper' })
  fullName!: string;

  @ApiProperty({ enum: MEMBERSHIP_ROLES, example: 'recruiter' })
  role!: MembershipRole;

  @ApiProperty({ example: '2026-11-27T10:15:00.000Z' })
  joinedAt!: string;

  static from(row: MemberRow): MemberDto {
    return {
      userId: row.user_id,
      email: row.email,
      fullName: row.full_name,
      role: row.role,
      joinedAt: new Date(row.joined_at).toISOString(),
    };
  }
}

export class MemberPageDto {
  @ApiProperty({ type: [MemberDto] })
  items!: MemberDto[];

  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor!: string | null;
}

export class ChangeMemberRoleDto {
  @ApiProperty({ enum: MEMBERSHIP_ROLES, example: 'admin' })
  @IsIn(MEMBERSHIP_ROLES, { message: `role must be one of ${MEMBERSHIP_ROLES.join(', ')}` })
  role!: MembershipRole;
}

export class CreateMemberInvitationDto {
  @ApiProperty({ example: 'grace@acme.example' })
  @EmailField()
  email!: string;

  @ApiProperty({
    enum: MEMBERSHIP_ROLES,
    example: 'recruiter',
    description: 'admins invite recruiters; owners invite any role',
  })
  @IsIn(MEMBERSHIP_ROLES, { message: `role must be one of ${MEMBERSHIP_ROLES.join(', ')}` })
  role!: MembershipRole;
}

export class MemberInvitationCreatedDto {
  @ApiProperty({ format: 'uuid', example: '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a70' })
  id!: string;

  @ApiProperty({ example: 'grace@acme.example' })
  email!: string;

  @ApiProperty({ enum: MEMBERSHIP_ROLES, example: 'recruiter' })
  role!: MembershipRole;

  @ApiProperty({
    example: '2026-12-04T10:15:00.000Z',
    description: 'The link is emailed to the invited address only; the inviter never sees its token',
  })
  expiresAt!: string;
}

export class PendingMemberInvitationDto extends MemberInvitationCreatedDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b',
  })
  invitedByUserId!: string | null;

  @ApiProperty({ example: '2026-11-27T10:15:00.000Z' })
  createdAt!: string;

  static from(row: MemberInvitationEntity): PendingMemberInvitationDto {
    return {
      id: row.id,
      email: row.email,
      role: row.role,
      expiresAt: row.expiresAt.toISOString(),
      invitedByUserId: row.invitedByUserId,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

export class PendingMemberInvitationPageDto {
  @ApiProperty({ type: [PendingMemberInvitationDto] })
  items!: PendingMemberInvitationDto[];

  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor!: string | null;
}

export class AcceptMemberInvitationDto {
  @ApiProperty({
    description: 'The token from the invitation link',
    example: 'Vq3pZ9kQ1m0c8H4Xn2sLwYbF6tRrE7uAaJdKgOeP5iM',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @ApiPropertyOptional({
    description: 'Required when the invitee has no account yet (ignored for a verified account)',
    example: 'Grace Hopper',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({
    description:
      'Required for a new or unverified account, whose password it replaces (10–128 characters, not a ' +
      'common password). Ignored for a verified account, which accepts with its own Bearer token instead.',
    example: 'a long and unusual passphrase',
  })
  @IsOptional()
  @IsAcceptablePassword()
  password?: string;
}
