/**
 * Whether an SQL question's schema builds as a grading fixture within the sandbox's limits (heap, database
 * size, allowed statements, time). Only building it tells: `randomblob()` in a recursive insert is a few
 * characters. The implementation builds it in the grading lib's SQL sandbox (`SqlFixtureCheckModule`, imported
 * by the API process only); without it, schemas are not built at authoring time and an over-limit schema
 * sends its answers to review at grading time instead.
 */
export abstract class SqlFixtureCheck {
  /** null when the schema builds within the limits; otherwise what is wrong with it, for a field error. */
  abstract problem(schema: string): Promise<string | null>;
}
