/** Field names that must never appear in anything a candidate receives. */
export const CANDIDATE_SECRET_KEYS = [
  'answerKey',
  'referenceSolution',
  'tests',
  'expectedQuery',
  'accepted',
  'rubric',
  'expected',
  'hidden',
  'optionIds',
  'organizationId',
  'email',
  'score',
  'skills',
  'levelFit',
  'verdict',
];

/** The paths of every secret-named field anywhere in `value` (empty when the response is clean). */
export function candidateSecretsIn(value: unknown, path = '$', keys = CANDIDATE_SECRET_KEYS): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => candidateSecretsIn(v, `${path}[${i}]`, keys));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      ...(keys.includes(k) ? [`${path}.${k}`] : []),
      ...candidateSecretsIn(v, `${path}.${k}`, keys),
    ]);
  }
  return [];
}
