import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/*
 * What the statistics routes answer (statistics.service.ts reading what statistics-updater.ts stored),
 * described for the document: the e2e tests validate every response against these schemas.
 */

const ITEM_FLAGS = [
  'too_hard',
  'too_easy',
  'low_discrimination',
  'likely_miskeyed',
  'weak_distractor',
  'difficulty_mismatch',
];

export class OptionRateDto {
  @ApiProperty({ example: 'a' })
  optionId!: string;

  @ApiPropertyOptional({ description: 'Absent for the global library’s questions (the key is secret)' })
  correct?: boolean;

  @ApiProperty({ example: 0.71, description: 'Share of responses choosing it' })
  rate!: number;

  @ApiProperty({ example: 0.95, description: 'Among the top 27 % of total scores' })
  upperRate!: number;

  @ApiProperty({ example: 0.42, description: 'Among the bottom 27 %' })
  lowerRate!: number;
}

export class ItemTimeDto {
  @ApiProperty({ type: Number, nullable: true, example: 48 })
  medianSeconds!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 12 })
  p10Seconds!: number | null;

  @ApiProperty({ example: 240, description: 'Responses with a known time' })
  observed!: number;
}

export class TestPassRateDto {
  @ApiProperty({ example: 0 })
  index!: number;

  @ApiProperty({ example: 0.8 })
  passRate!: number;
}

/** The statistics of one question in one assessment (or of one version of a question). */
export class ItemStatisticsDto {
  @ApiProperty({ example: 'single_choice' })
  type!: string;

  @ApiProperty({ example: 2 })
  difficulty!: number;

  @ApiProperty({ example: 240 })
  responses!: number;

  @ApiProperty({ type: Number, nullable: true, example: 0.71, description: 'Mean share of points' })
  facility!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.38, description: 'Item-rest correlation' })
  pointBiserial!: number | null;

  @ApiProperty({ type: [OptionRateDto] })
  options!: OptionRateDto[];

  @ApiProperty({ type: ItemTimeDto })
  time!: ItemTimeDto;

  @ApiProperty({ type: [TestPassRateDto], description: 'Code questions: each test’s pass rate' })
  tests!: TestPassRateDto[];

  @ApiProperty({ enum: ITEM_FLAGS, isArray: true, example: [] })
  flags!: string[];
}

export class AssessmentItemStatisticsDto extends ItemStatisticsDto {
  @ApiProperty({ format: 'uuid', description: 'The question in the assessment' })
  questionId!: string;

  @ApiProperty({ format: 'uuid' })
  questionVersionId!: string;
}

export class ReliabilityDto {
  @ApiProperty({ type: Number, nullable: true, example: 0.78, description: 'Cronbach’s α' })
  alpha!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 7.4, description: 'In percentage points' })
  sem!: number | null;

  @ApiProperty({ enum: ['measured', 'not_yet'], example: 'measured' })
  status!: string;

  @ApiProperty({ example: 30, description: 'Graded attempts needed before α is shown' })
  minAttempts!: number;
}

export class ScoreBinDto {
  @ApiProperty({ example: 50 })
  from!: number;

  @ApiProperty({ example: 60 })
  to!: number;

  @ApiProperty({ example: 9 })
  count!: number;
}

export class AssessmentStatisticsDto {
  @ApiProperty({ format: 'uuid' })
  assessmentId!: string;

  @ApiProperty({ example: 42, description: 'Graded attempts counted' })
  attempts!: number;

  @ApiProperty({ type: ReliabilityDto })
  reliability!: ReliabilityDto;

  @ApiProperty({ type: Number, nullable: true, example: 61.2, description: 'Mean percentage' })
  mean!: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 15.8 })
  sd!: number | null;

  @ApiProperty({ type: [ScoreBinDto], description: 'Percentages in bins of 10' })
  distribution!: ScoreBinDto[];

  @ApiProperty({ type: [AssessmentItemStatisticsDto] })
  items!: AssessmentItemStatisticsDto[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null before any grading' })
  updatedAt!: string | null;
}

export class QuestionVersionStatisticsDto extends ItemStatisticsDto {
  @ApiProperty({ format: 'uuid' })
  questionVersionId!: string;

  @ApiProperty({ type: Number, nullable: true, example: 2 })
  version!: number | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class QuestionStatisticsDto {
  @ApiProperty({ format: 'uuid' })
  questionId!: string;

  @ApiProperty({ type: [QuestionVersionStatisticsDto], description: 'Newest version first' })
  versions!: QuestionVersionStatisticsDto[];
}
