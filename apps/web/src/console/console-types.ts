/**
 * Shapes of the console's responses that the OpenAPI document leaves untyped (described in API.md). The
 * typed client still checks every path, parameter and request body; these only type what comes back.
 */
export type Level = 'junior' | 'mid' | 'senior' | 'lead';
export const LEVELS: Level[] = ['junior', 'mid', 'senior', 'lead'];
export const LEVEL_NAMES: Record<Level, string> = {
  junior: 'Junior',
  mid: 'Mid-Level',
  senior: 'Senior',
  lead: 'Lead',
};

export interface AssessmentQuestion {
  id: string;
  position: number;
  questionId: string;
  type: string;
  skill: string;
  difficulty: number;
  points: number;
  timeEstimateSeconds?: number;
  prompt: string;
}

export interface Assessment {
  id: string;
  title: string;
  status: 'draft' | 'open' | 'closed' | 'archived';
  role: { slug: string; title: string; version: number };
  level: Level;
  timeLimitMinutes: number;
  passingScore: number;
  settings?: Record<string, unknown>;
  /** Questions in the pool (per candidate) or on the one form (fixed). */
  questionCount: number;
  forms: 'fixed' | 'per_candidate';
  /** Questions each candidate answers. */
  formLength: number;
  /** How each candidate's form is drawn (per-candidate forms only). */
  blueprint: Blueprint | null;
  maxScore: number;
  questions: AssessmentQuestion[];
  publishedAt: string | null;
  createdAt: string;
}

export interface Blueprint {
  version: number;
  level: Level;
  seats: { stratum: string; count: number }[];
  expectedSeconds: number;
  exposureCap: number;
  enemies: string[][];
}

export interface AssessmentSummary {
  id: string;
  title: string;
  status: Assessment['status'];
  role: { slug: string; title: string };
  level: Level;
  questionCount: number;
  candidateCount: number;
  createdAt: string;
  publishedAt: string | null;
}

export interface CandidateRow {
  invitationId: string;
  attemptId: string | null;
  email: string;
  fullName: string;
  status: string;
  score: number | null;
  maxScore: number | null;
  percentage: number | null;
  passed: boolean | null;
  recommendedLevel: string | null;
  percentile?: number | null;
  flags?: unknown[];
  invitedAt: string;
  expiresAt: string;
  submittedAt: string | null;
  gradedAt: string | null;
}

export interface InvitationCreated {
  id: string;
  email: string;
  fullName: string;
  status: string;
  url: string;
  expiresAt: string;
}

export interface CodeTest {
  index?: number;
  hidden?: boolean;
  passed?: boolean;
  status?: string;
  name?: string;
  args?: unknown;
  expected?: unknown;
  actual?: unknown;
  message?: string;
  ms?: number;
}

export interface ReportAnswer {
  questionId: string;
  position: number;
  type: string;
  skill: string;
  difficulty: number;
  prompt: string;
  /** Choice questions: the options as the candidate saw them. */
  options?: { id: string; text: string }[];
  response: unknown;
  verdict: string | null;
  score: number | null;
  maxScore: number;
  details: { tests?: CodeTest[]; [k: string]: unknown } | null;
  timeSpentSeconds?: number | null;
  review?: { comment?: string | null };
}

export interface AttemptReport {
  id: string;
  assessmentId: string;
  assessmentTitle: string;
  candidate: { email: string; fullName: string };
  status: string;
  score: number | null;
  maxScore: number | null;
  percentage: number | null;
  passed: boolean | null;
  percentile?: number | null;
  /** Under which conditions an accommodated attempt's percentile was earned (issue 18). */
  percentileNote?: string | null;
  /** "with 50% extra time", "untimed" or null. */
  accommodationsNote?: string | null;
  scoreBand?: { low: number; high: number } | null;
  skills: {
    skill: string;
    score: number;
    maxScore: number;
    percentage: number;
    itemCount?: number;
    proficiency?: number | null;
  }[];
  levelFit: {
    recommended: Level | null;
    levels: Record<Level, number | null>;
    /** The level above the recommended one and the required skills below its bar (null at lead). */
    blocking?: LevelBlockers | null;
  } | null;
  pendingReview: number;
  /** The current result revision; null before grading. */
  result?: { revision: number; reason: ResultReason; createdAt: string } | null;
  /** Every revision, newest first. */
  history?: {
    revision: number;
    reason: ResultReason;
    score: number;
    maxScore: number;
    percentage: number;
    isCurrent: boolean;
    createdAt: string;
  }[];
  answers: ReportAnswer[];
  events: { type: string; at: string; data: unknown }[];
  eventSummary?: { total: number; byType: Record<string, number> };
  flags?: unknown[];
  startedAt: string;
  submittedAt: string | null;
  gradedAt: string | null;
  timeSpentSeconds: number;
}

export type ResultReason = 'initial' | 'regrade' | 'manual_score';

/** The report's `levelFit.blocking`: what keeps the candidate from the next level up. */
export interface LevelBlockers {
  level: Level;
  /** False when the form asks too little at that level to say. */
  evidenced: boolean;
  skills: { skill: string; proficiency: number; required: number; importance: number }[];
}
