import fc from 'fast-check';
import { csvFields, parseCandidates } from './candidate-csv';

describe('parseCandidates', () => {
  it('reads name,email CSV with a header, quotes and per-row errors', () => {
    const rows = parseCandidates(
      'name,email\n"Lovelace, Ada",ada@example.com\nGrace Hopper,grace@example\n\nAlan,ada@example.com\n',
    );
    expect(rows).toEqual([
      { line: 2, fullName: 'Lovelace, Ada', email: 'ada@example.com', error: null },
      { line: 3, fullName: 'Grace Hopper', email: 'grace@example', error: 'not a valid email address' },
      { line: 5, fullName: 'Alan', email: 'ada@example.com', error: 'duplicate of an earlier row' },
    ]);
  });

  it('names the row and its bad address when no field is an email', () => {
    expect(parseCandidates('Nobody,not-an-email')).toEqual([
      { line: 1, fullName: 'Nobody', email: 'not-an-email', error: 'not a valid email address' },
    ]);
  });

  it('accepts bare emails, one a line, naming each after its local part', () => {
    expect(parseCandidates('x@a.io\nY@B.io')).toEqual([
      { line: 1, fullName: 'x', email: 'x@a.io', error: null },
      { line: 2, fullName: 'y', email: 'y@b.io', error: null },
    ]);
  });

  it('property: a quoted field round-trips whatever it contains', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[\r\n]/.test(s) && s.trim() === s),
        (s) => {
          const quoted = `"${s.replace(/"/g, '""')}"`;
          expect(csvFields(`${quoted},b@c.de`)).toEqual([s, 'b@c.de']);
        },
      ),
    );
  });

  it('property: every valid, distinct email becomes exactly one accepted row', () => {
    const email = fc
      .tuple(fc.stringMatching(/^[a-z0-9]{1,10}$/), fc.stringMatching(/^[a-z]{1,8}$/))
      .map(([l, d]) => `${l}@${d}.io`);
    fc.assert(
      fc.property(fc.uniqueArray(email, { maxLength: 20 }), (emails) => {
        const rows = parseCandidates(emails.map((e) => `Name,${e}`).join('\n'));
        expect(rows.filter((r) => !r.error).map((r) => r.email)).toEqual(emails);
      }),
    );
  });
});
