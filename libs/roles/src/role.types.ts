import { type Level } from '@assay/core';

/** 0 none, 1 basic, 2 working, 3 advanced, 4 expert. */
export type Proficiency = 0 | 1 | 2 | 3 | 4;

export interface RoleLevel {
  level: Level;
  title: string;
  summary: string;
  /** `max: null` = open-ended (e.g. 8+ years). */
  yearsOfExperience: { min: number; max: number | null };
}

export interface RoleRequirement {
  /** Skill slug from the taxonomy. */
  skill: string;
  /** 1–5 */
  importance: number;
  /** What the role needs of the skill. */
  description: string;
  expectedProficiency: Record<Level, number>;
}

/** The content of one role template version (everything but the slug, which never changes). */
export interface RoleContent {
  title: string;
  category: string;
  summary: string;
  description: string;
  responsibilities: string[];
  levels: RoleLevel[];
  requirements: RoleRequirement[];
}
