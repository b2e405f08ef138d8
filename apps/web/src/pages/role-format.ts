/** Words for the catalog's numbers, shared by the role page and the catalog. */
export const PROFICIENCY = ['none', 'basic', 'working', 'advanced', 'expert'] as const;
export const LEVEL_NAMES: Record<string, string> = {
  junior: 'Junior',
  mid: 'Mid-Level',
  senior: 'Senior',
  lead: 'Lead',
};
export const LEVEL_ORDER = ['junior', 'mid', 'senior', 'lead'] as const;

export function yearsText(years: { min: number; max: number | null }): string {
  return years.max === null ? `${years.min}+ years` : `${years.min}–${years.max} years`;
}

export function proficiencyText(value: number): string {
  return `${value} · ${PROFICIENCY[value] ?? 'unknown'}`;
}
