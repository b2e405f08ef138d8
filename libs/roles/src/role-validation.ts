import { type FieldError, LEVELS } from '@assay/core';

import { slugSchema, zodFieldErrors } from '@assay/requirements';
import { z } from 'zod';

import type { RoleContent } from './role.types';

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, { message: 'must not be empty' });
const proficiency = z.int().min(0).max(4);

/** The shape of a role version's content; the rules a shape cannot say are in `roleRuleErrors`. */
export const roleContentShape = z.strictObject({
  title: text(120),
  category: slugSchema,
  summary: text(500),
  description: text(10_000),
  responsibilities: z.array(text(500)).min(1).max(30),
  levels: z
    .array(
      z.strictObject({
        level: z.enum(LEVELS),
        title: text(120),
        summary: text(2_000),
        yearsOfExperience: z.strictObject({
          min: z.int().min(0).max(50),
          max: z.int().min(0).max(60).nullable(),
        }),
      }),
    )
    .length(LEVELS.length),
  requirements: z
    .array(
      z.strictObject({
        skill: slugSchema,
        importance: z.int().min(1).max(5),
        description: text(2_000),
        expectedProficiency: z.strictObject({
          junior: proficiency,
          mid: proficiency,
          senior: proficiency,
          lead: proficiency,
        }),
      }),
    )
    .min(1)
    .max(30),
});

/** Levels in order, sensible experience ranges, each skill once, proficiency never lower at a higher level. */
export function roleRuleErrors(role: RoleContent, skillExists?: (slug: string) => boolean): FieldError[] {
  const errors: FieldError[] = [];
  role.levels.forEach((level, i) => {
    if (level.level !== LEVELS[i]) {
      errors.push({
        field: `levels[${i}].level`,
        message: `must be "${LEVELS[i]}" (levels are ${LEVELS.join(', ')}, in this order)`,
      });
    }
    const { min, max } = level.yearsOfExperience;
    if (max !== null && max < min) {
      errors.push({
        field: `levels[${i}].yearsOfExperience.max`,
        message: `must not be less than min (${min})`,
      });
    }
  });
  const seen = new Set<string>();
  role.requirements.forEach((requirement, i) => {
    if (seen.has(requirement.skill)) {
      errors.push({ field: `requirements[${i}].skill`, message: `repeats skill "${requirement.skill}"` });
    } else if (skillExists && !skillExists(requirement.skill)) {
      errors.push({
        field: `requirements[${i}].skill`,
        message: `is not a known skill ("${requirement.skill}")`,
      });
    }
    seen.add(requirement.skill);
    for (let l = 1; l < LEVELS.length; l++) {
      const lower = requirement.expectedProficiency[LEVELS[l - 1]];
      const higher = requirement.expectedProficiency[LEVELS[l]];
      if (higher < lower) {
        errors.push({
          field: `requirements[${i}].expectedProficiency.${LEVELS[l]}`,
          message: `must not be lower than at ${LEVELS[l - 1]} level (${lower})`,
        });
      }
    }
  });
  return errors;
}

export type RoleValidation = { ok: true; value: RoleContent } | { ok: false; errors: FieldError[] };

/** Validates a role version's content (admin body or catalog file): every bad field listed. */
export function validateRoleContent(
  input: unknown,
  options: { skillExists?: (slug: string) => boolean; prefix?: string } = {},
): RoleValidation {
  const prefix = options.prefix ?? '';
  const parsed = roleContentShape.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: zodFieldErrors(parsed.error.issues, prefix) };
  const errors = roleRuleErrors(parsed.data, options.skillExists);
  if (errors.length) {
    return {
      ok: false,
      errors: errors.map((e) => ({ ...e, field: prefix ? `${prefix}.${e.field}` : e.field })),
    };
  }
  return { ok: true, value: parsed.data };
}
