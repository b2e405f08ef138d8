import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AccommodationsDto } from './assessment.dto';
import { ScoreBandDto } from './assessment-view.dto';
import { CandidateOptionDto } from './take.dto';

/*
 * The organization's report of an attempt (results/result.views.ts `attemptReportView`), described for the
 * document: the e2e tests validate every response against it. Grader details, level-fit evidence and
 * integrity evidence vary by question type and grader version: they are documented as open objects.
 */

const LEVELS = ['junior', 'mid', 'senior', 'lead'];
const OPEN_OBJECT = { type: 'object' as const, additionalProperties: true };

export class ReportCandidateDto {
  @ApiProperty({ example: 'ada@example.com' })
  email!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  fullName!: string;
}

export class NormGroupDto {
  @ApiProperty({ example: 412, description: 'Graded attempts at this role version and level' })
  size!: number;

  @ApiProperty({ example: 100, description: 'Size from which a percentile is given' })
  minSize!: number;
}

export class ReportReliabilityDto {
  @ApiProperty({ type: Number, nullable: true, example: 0.78 })
  alpha!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 7.37 })
  sem!: number | null;

  @ApiProperty({ example: 64 })
  attempts!: number;

  @ApiProperty({ enum: ['measured', 'not_yet'], example: 'measured' })
  status!: string;

  @ApiProperty({ example: 30 })
  minAttempts!: number;
}

export class SkillScoreDto {
  @ApiProperty({ example: 'http-api-design' })
  skill!: string;

  @ApiProperty({ example: 12 })
  score!: number;

  @ApiProperty({ example: 14 })
  maxScore!: number;

  @ApiProperty({ example: 85.71 })
  percentage!: number;

  @ApiProperty({ type: Number, nullable: true, example: 3, description: 'Measured proficiency 0–4' })
  proficiency!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 4 })
  itemCount!: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'limited' })
  confidence!: string | null;
}

export class BlockingSkillDto {
  @ApiProperty({ example: 'sql-databases' })
  skill!: string;

  @ApiProperty({ example: 2 })
  proficiency!: number;

  @ApiProperty({ example: 3 })
  required!: number;

  @ApiProperty({ example: 5 })
  importance!: number;
}

export class LevelBlockingDto {
  @ApiProperty({ enum: LEVELS, example: 'senior' })
  level!: string;

  @ApiProperty({ description: 'Whether the form asks enough at that level to tell' })
  evidenced!: boolean;

  @ApiProperty({ type: [BlockingSkillDto] })
  skills!: BlockingSkillDto[];
}

export class LevelScoresDto {
  @ApiProperty({ type: Number, nullable: true, example: 1 })
  junior!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.8 })
  mid!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.35 })
  senior!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: null })
  lead!: number | null;
}

export class LevelFitDto {
  @ApiProperty({ type: String, enum: LEVELS, nullable: true, example: 'mid' })
  recommended!: string | null;

  @ApiProperty({ type: LevelScoresDto, description: 'Fit per level, 0–1 (null: not evidenced)' })
  levels!: LevelScoresDto;

  @ApiProperty({
    ...OPEN_OBJECT,
    nullable: true,
    description: 'How the recommendation was reached (null for results graded before it was recorded)',
  })
  evidence!: Record<string, unknown> | null;

  @ApiProperty({
    type: LevelBlockingDto,
    nullable: true,
    description: 'The level above the recommended one and the required skills below its bar',
  })
  blocking!: LevelBlockingDto | null;
}

export class AnswerReviewDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  scoredByUserId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  comment!: string | null;
}

export class ReportAnswerDto {
  @ApiProperty({ format: 'uuid' })
  questionId!: string;

  @ApiProperty({ example: 1 })
  position!: number;

  @ApiProperty({ example: 'code' })
  type!: string;

  @ApiProperty({ example: 'node-js' })
  skill!: string;

  @ApiProperty({ example: 2 })
  difficulty!: number;

  @ApiProperty({ description: 'Markdown' })
  prompt!: string;

  @ApiPropertyOptional({
    type: [CandidateOptionDto],
    description:
      'Choice questions: the options as the candidate saw them (ids and text, never which is keyed)',
  })
  options?: CandidateOptionDto[];

  @ApiProperty({ ...OPEN_OBJECT, nullable: true, description: 'The saved response; null when unanswered' })
  response!: Record<string, unknown> | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  savedAt!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'null when the take flow timed nothing' })
  timeSpentSeconds!: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'wrong_answer' })
  verdict!: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 7.5 })
  score!: number | null;

  @ApiProperty({ example: 10 })
  maxScore!: number;

  @ApiProperty({ ...OPEN_OBJECT, nullable: true, description: 'What the grader found (by question type)' })
  details!: Record<string, unknown> | null;

  @ApiPropertyOptional({ type: AnswerReviewDto, description: 'Hand-scored answers' })
  review?: AnswerReviewDto;
}

export class ReportEventDto {
  @ApiProperty({ example: 'tab_hidden' })
  type!: string;

  @ApiProperty({ format: 'date-time', description: 'When the server received it' })
  at!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The candidate’s clock' })
  clientAt!: string | null;

  @ApiProperty({ ...OPEN_OBJECT, nullable: true })
  data!: Record<string, unknown> | null;
}

export class EventSummaryDto {
  @ApiProperty({ example: 1 })
  total!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { tab_hidden: 1 },
  })
  byType!: Record<string, number>;
}

export class IntegrityFlagDto {
  @ApiProperty({ enum: ['code_similarity', 'fast_answer'], example: 'fast_answer' })
  type!: string;

  @ApiProperty({ format: 'uuid' })
  questionId!: string;

  @ApiProperty({ ...OPEN_OBJECT, description: 'What the signal rests on (by type)' })
  evidence!: Record<string, unknown>;
}

export class ResultRevisionDto {
  @ApiProperty({ example: 1 })
  revision!: number;

  @ApiProperty({ enum: ['initial', 'regrade', 'manual_score'], example: 'initial' })
  reason!: string;

  @ApiProperty({ example: 'assay-grading/1.1.0' })
  graderVersion!: string;

  @ApiProperty({
    type: 'object',
    properties: {
      queuedMs: { type: 'number' },
      gradingMs: { type: 'number' },
      totalMs: { type: 'number' },
      answers: { type: 'number' },
    },
    description: 'What the pipeline measured of this grading run',
  })
  timings!: Record<string, number>;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class ResultHistoryEntryDto {
  @ApiProperty({ example: 1 })
  revision!: number;

  @ApiProperty({ enum: ['initial', 'regrade', 'manual_score'], example: 'initial' })
  reason!: string;

  @ApiProperty()
  isCurrent!: boolean;

  @ApiProperty({ example: 41.5 })
  score!: number;

  @ApiProperty({ example: 60 })
  maxScore!: number;

  @ApiProperty({ example: 69.17 })
  percentage!: number;

  @ApiProperty()
  passed!: boolean;

  @ApiProperty({ type: String, enum: LEVELS, nullable: true, example: 'mid' })
  recommendedLevel!: string | null;

  @ApiProperty({ example: 'assay-grading/1.1.0' })
  graderVersion!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Who asked for the revision' })
  requestedByUserId!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class AttemptReportDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  assessmentId!: string;

  @ApiProperty({ example: 'Senior Back-End Engineer' })
  assessmentTitle!: string;

  @ApiProperty({ format: 'uuid' })
  invitationId!: string;

  @ApiProperty({ type: ReportCandidateDto })
  candidate!: ReportCandidateDto;

  @ApiProperty({ example: 'graded' })
  status!: string;

  @ApiProperty({ type: Number, nullable: true, example: 41.5 })
  score!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 60 })
  maxScore!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 69.17 })
  percentage!: number | null;

  @ApiProperty({ type: Boolean, nullable: true, example: true })
  passed!: boolean | null;

  @ApiProperty({ type: ScoreBandDto, nullable: true })
  scoreBand!: ScoreBandDto | null;

  @ApiProperty({ type: Number, nullable: true, example: 72.5 })
  percentile!: number | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  percentileNote!: string | null;

  @ApiProperty({ type: NormGroupDto, nullable: true })
  normGroup!: NormGroupDto | null;

  @ApiProperty({ type: ReportReliabilityDto, nullable: true })
  reliability!: ReportReliabilityDto | null;

  @ApiProperty({ type: [SkillScoreDto] })
  skills!: SkillScoreDto[];

  @ApiProperty({ type: LevelFitDto, nullable: true, description: 'null before grading' })
  levelFit!: LevelFitDto | null;

  @ApiProperty({ example: 0, description: 'Answers waiting for a hand score' })
  pendingReview!: number;

  @ApiProperty({ type: [ReportAnswerDto], description: 'In the candidate’s order' })
  answers!: ReportAnswerDto[];

  @ApiProperty({ type: [ReportEventDto], description: 'Proctoring signals' })
  events!: ReportEventDto[];

  @ApiProperty({ type: EventSummaryDto })
  eventSummary!: EventSummaryDto;

  @ApiProperty({ type: [IntegrityFlagDto] })
  flags!: IntegrityFlagDto[];

  @ApiProperty({ format: 'date-time' })
  startedAt!: string;

  @ApiProperty({ format: 'date-time' })
  deadlineAt!: string;

  @ApiProperty({ type: AccommodationsDto })
  accommodations!: AccommodationsDto;

  @ApiProperty({ type: String, nullable: true, example: null })
  accommodationsNote!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'candidate' })
  submitReason!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  gradedAt!: string | null;

  @ApiProperty({ example: 2700 })
  timeSpentSeconds!: number;

  @ApiProperty({ type: String, nullable: true, example: null })
  gradingError!: string | null;

  @ApiProperty({
    type: ResultRevisionDto,
    nullable: true,
    description: 'The current result; null before grading',
  })
  result!: ResultRevisionDto | null;

  @ApiProperty({ type: [ResultHistoryEntryDto], description: 'Every revision, newest first' })
  history!: ResultHistoryEntryDto[];
}
