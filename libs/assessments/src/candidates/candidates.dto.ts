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

const ERASURE_STATUSES = ['awaiting_confirmation', 'scheduled', 'on_hold', 'completed'];

export class ErasureLegalHoldDto {
  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Litigation hold: claim 2026-117' })
  reason!: string | null;
}

/** A candidate's own erasure request, as the organization sees it. */
export class ErasureRequestDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;

  @ApiProperty({ format: 'uuid' })
  invitationId!: string;

  @ApiProperty({ format: 'date-time' })
  requestedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  confirmedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the erasure runs' })
  dueAt!: string | null;

  @ApiProperty({ type: ErasureLegalHoldDto, nullable: true })
  legalHold!: ErasureLegalHoldDto | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt!: string | null;

  @ApiProperty({ enum: ERASURE_STATUSES, example: 'scheduled' })
  status!: string;
}

export class ErasureRequestListDto {
  @ApiProperty({ type: [ErasureRequestDto], description: 'Newest first' })
  items!: ErasureRequestDto[];
}

export class ErasureOutcomeDto {
  @ApiProperty({ format: 'uuid', description: 'The erasure record (kept, without the email)' })
  erasureId!: string;

  @ApiProperty({ example: 2, description: 'Invitations erased' })
  invitations!: number;

  @ApiProperty({ example: 1, description: 'Attempts anonymised' })
  attempts!: number;

  @ApiProperty({ enum: ['erased'], example: 'erased' })
  status!: string;
}

export class ErasureRequestedDto {
  @ApiProperty({ enum: ['confirmation_sent'], example: 'confirmation_sent' })
  status!: string;
}

export class ErasureConfirmedDto {
  @ApiProperty({ enum: ERASURE_STATUSES, example: 'scheduled' })
  status!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2027-01-01T10:00:00.000Z' })
  dueAt!: string | null;

  @ApiProperty({ description: 'The request had been confirmed before', example: false })
  alreadyConfirmed!: boolean;
}

/*
 * The data export (candidate-data.service.ts `export`) as a schema: one nested document, so it is written
 * out here rather than as a class per level.
 */
const text = { type: 'string' };
const optionalText = { type: 'string', nullable: true };
const instant = { type: 'string', format: 'date-time', nullable: true };
const number = { type: 'number' };
const anyObject = { type: 'object', additionalProperties: true, nullable: true };
const object = (properties: Record<string, object>) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
});
const list = (items: object) => ({ type: 'array', items });

export const CANDIDATE_EXPORT_SCHEMA = {
  ...object({
    email: text,
    exportedAt: { type: 'string', format: 'date-time' },
    organizationId: { type: 'string', format: 'uuid' },
    invitations: list(
      object({
        id: text,
        assessment: object({ id: text, title: text, roleTitle: text, level: text }),
        email: text,
        fullName: text,
        accommodations: anyObject,
        invitedAt: instant,
        expiresAt: instant,
        revokedAt: instant,
        emailsSent: number,
        lastSentAt: instant,
        attempt: {
          ...object({
            id: text,
            status: text,
            startedAt: instant,
            deadlineAt: instant,
            submittedAt: instant,
            submitReason: optionalText,
            gradedAt: instant,
            accommodations: anyObject,
            answers: list(
              object({
                questionId: text,
                type: text,
                prompt: optionalText,
                response: anyObject,
                savedAt: instant,
              }),
            ),
            proctoringEvents: list(object({ type: text, at: instant, clientAt: instant, data: anyObject })),
            results: list(
              object({
                revision: number,
                current: { type: 'boolean' },
                reason: text,
                score: number,
                maxScore: number,
                percentage: number,
                passed: { type: 'boolean' },
                recommendedLevel: optionalText,
                recordedAt: instant,
                skills: list(object({ skill: text, score: number, maxScore: number, percentage: number })),
                answers: list(
                  object({
                    questionId: text,
                    verdict: text,
                    score: number,
                    maxScore: number,
                    comment: optionalText,
                  }),
                ),
              }),
            ),
          }),
          nullable: true,
        },
      }),
    ),
    erasureRequests: list(
      object({
        id: text,
        requestedAt: instant,
        confirmedAt: instant,
        dueAt: instant,
        legalHoldAt: instant,
        legalHoldReason: optionalText,
        completedAt: instant,
      }),
    ),
  }),
  example: {
    email: 'ada@example.com',
    exportedAt: '2026-12-02T10:00:00.000Z',
    organizationId: '0193c4f2-7a1e-7cc2-9a4e-3f1b2c3d4e5f',
    invitations: [],
    erasureRequests: [],
  },
};
