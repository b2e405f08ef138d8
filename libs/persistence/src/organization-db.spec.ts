import fc from 'fast-check';
import { assertOrganizationSql, type OrganizationSql } from './organization-db';

// Compile-time half: `npm run typecheck` fails when the type admits the three marked statements (an
// expect-error directive with no error is itself an error), or when it refuses the first two.
const scoped: OrganizationSql = `SELECT id FROM assessments WHERE organization_id = $1 AND id = $2`;
const aliased: OrganizationSql = `SELECT a.id FROM attempts a
   JOIN assessments s ON s.id = a.assessment_id
  WHERE a.organization_id = $1`;
// @ts-expect-error no organization filter at all
const unscoped: OrganizationSql = `SELECT id FROM assessments WHERE id = $1`;
// @ts-expect-error the organization bound as another parameter than $1
const elsewhere: OrganizationSql = `SELECT id FROM assessments WHERE id = $1 AND organization_id = $2`;
const assembled = ['SELECT id FROM assessments', 'WHERE organization_id = $1'].join(' ');
// @ts-expect-error a statement assembled at run time is a plain string
const dynamic: OrganizationSql = assembled;

describe('OrganizationSql', () => {
  it('admits statements that filter on organization_id = $1, under any alias', () => {
    expect(() => assertOrganizationSql(scoped)).not.toThrow();
    expect(() => assertOrganizationSql(aliased)).not.toThrow();
    expect(() => assertOrganizationSql(`UPDATE x SET y = 1 WHERE organization_id   =   $1`)).not.toThrow();
  });

  it('refuses at run time what the type refuses, and $10 that the type cannot tell from $1', () => {
    expect(() => assertOrganizationSql(unscoped)).toThrow('organization_id = $1');
    expect(() => assertOrganizationSql(elsewhere)).toThrow('organization_id = $1');
    expect(() => assertOrganizationSql(dynamic)).not.toThrow();
    expect(() => assertOrganizationSql(`SELECT 1 FROM t WHERE organization_id = $10`)).toThrow();
    expect(() => assertOrganizationSql(`SELECT 1 FROM t WHERE xorganization_id = $1`)).toThrow();
  });

  it('accepts a statement by its parameter after organization_id =: $1 yes, $2 and $10 no', () => {
    // Text around the filter cannot hold another `$` parameter, so the parameter decides alone.
    const text = fc.string({ unit: fc.constantFrom(...'abc xyz_(),=*\n'.split('')) });
    const params = { $1: true, '$1 ': true, '$1)': true, $2: false, $10: false, $12: false };
    fc.assert(
      fc.property(text, fc.constantFrom(...Object.keys(params)), text, (before, param, after) => {
        const sql = `${before} organization_id = ${param}${after}`;
        const accepted = (() => {
          try {
            assertOrganizationSql(sql);
            return true;
          } catch {
            return false;
          }
        })();
        expect(accepted).toBe(params[param as keyof typeof params]);
      }),
    );
  });
});
