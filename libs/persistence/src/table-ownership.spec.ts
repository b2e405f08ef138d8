import { libAndAppSources, readSource } from './source-scan.testing';

/**
 * Each of these tables has one writer (docs/decisions/1600): SQL that inserts into, updates or deletes from
 * it, or an ORM write of its entity, appears only in its owner's files. Reads are anyone's. Migrations are
 * exempt (they create the tables); so are the e2e tests in test/, which set up and inspect data.
 */

const OWNERS: { tables: string[]; entities: string[]; owner: (file: string) => boolean; name: string }[] = [
  {
    tables: ['attempts', 'attempt_results', 'skill_scores', 'answer_grades'],
    entities: ['AttemptEntity', 'AttemptResultEntity', 'SkillScoreEntity', 'AnswerGradeEntity'],
    owner: (file) => file === 'libs/assessments/src/attempts/attempts.repository.ts',
    name: 'AttemptsRepository (libs/assessments/src/attempts/attempts.repository.ts)',
  },
  {
    tables: ['webhook_endpoints', 'webhook_deliveries'],
    entities: ['WebhookEndpointEntity', 'WebhookDeliveryEntity'],
    owner: (file) => file.startsWith('libs/organizations/src/'),
    name: 'libs/organizations',
  },
];

interface Write {
  file: string;
  line: number;
  table: string;
}

/** Writes to the owned tables found in `source` (SQL text and ORM calls naming the entity). */
function writesIn(file: string, source: string): Write[] {
  const found: Write[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  for (const { tables, entities } of OWNERS) {
    const sql = new RegExp(
      `\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE(?:\\s+TABLE)?)\\s+(?:ONLY\\s+)?(?:public\\.)?"?(${tables.join('|')})"?(?![\\w.])`,
      'gi',
    );
    for (const m of source.matchAll(sql)) found.push({ file, line: lineOf(m.index), table: m[1] });
    const orm = new RegExp(
      `\\.(?:save|insert|update|upsert|delete|softDelete|remove|increment|decrement)\\(\\s*(${entities.join('|')})\\b`,
      'g',
    );
    for (const m of source.matchAll(orm)) found.push({ file, line: lineOf(m.index), table: m[1] });
  }
  return found;
}

function ownerOf(table: string) {
  return OWNERS.find((o) => o.tables.includes(table) || o.entities.includes(table))!;
}

describe('table ownership', () => {
  const files = libAndAppSources((name) => /\.(ts|js)$/.test(name)).filter(
    (file) => file !== 'libs/persistence/src/table-ownership.spec.ts',
  );
  const writes = files.flatMap((file) => writesIn(file, readSource(file)));

  it('scans the libs and apps', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files).toContain('libs/assessments/src/take/take.service.ts');
    expect(files).toContain('libs/notifications/src/webhook-delivery.processor.ts');
  });

  it('finds every write to attempts, results, skill scores and answer grades in AttemptsRepository only', () => {
    const strays = writes
      .filter((w) => ownerOf(w.table).tables.includes('attempts') && !ownerOf(w.table).owner(w.file))
      .map((w) => `${w.file}:${w.line} writes ${w.table}`);
    expect(strays).toEqual([]);
    // The owner really is where they are written (the scan is not vacuous).
    const owned = new Set(writes.filter((w) => ownerOf(w.table).owner(w.file)).map((w) => w.table));
    expect([...owned].filter((t) => OWNERS[0].tables.includes(t)).sort()).toEqual([
      'answer_grades',
      'attempt_results',
      'attempts',
      'skill_scores',
    ]);
  });

  it('finds every write to webhook endpoints and deliveries in libs/organizations only', () => {
    const strays = writes
      .filter((w) => ownerOf(w.table).tables.includes('webhook_endpoints') && !ownerOf(w.table).owner(w.file))
      .map((w) => `${w.file}:${w.line} writes ${w.table}`);
    expect(strays).toEqual([]);
    const owned = new Set(writes.filter((w) => ownerOf(w.table).owner(w.file)).map((w) => w.table));
    expect(owned.has('webhook_endpoints')).toBe(true);
    expect(owned.has('webhook_deliveries')).toBe(true);
  });

  it('reads and writes the outbox in libs/queue only: jobs carry their data, no processor re-reads a relayed row', () => {
    // Issue 16: the outbox is the relay's; any SQL naming it elsewhere (a read as a payload store, a write
    // around appendToOutbox) is a stray.
    const strays = files
      .filter((file) => !file.startsWith('libs/queue/src/') && !file.endsWith('.spec.ts'))
      .flatMap((file) => {
        const source = readSource(file);
        return [...source.matchAll(/\b(?:FROM|INTO|UPDATE|JOIN)\s+(?:public\.)?"?outbox"?(?![\w.])/gi)].map(
          (m) => `${file}:${source.slice(0, m.index).split('\n').length}`,
        );
      });
    expect(strays).toEqual([]);
  });

  it('recognises the forms a write takes, and not reads or look-alike tables', () => {
    const sample = [
      "await m.query(`UPDATE attempts SET status = 'graded' WHERE id = $1`);",
      'await m.query(`insert into  attempt_results (id) values ($1)`);',
      'await m.query(`DELETE FROM\n  public.skill_scores WHERE result_id = $1`);',
      'await m.query(`TRUNCATE answer_grades`);',
      'await m.update(WebhookEndpointEntity, { id }, { disabledAt: null });',
      'await m.query(`WITH a AS (UPDATE webhook_deliveries d SET status = $1) SELECT 1`);',
      'await m.query(`SELECT * FROM attempts FOR UPDATE`);',
      'await m.query(`UPDATE attempts_archive SET x = 1`);',
      'await m.query(`INSERT INTO answers (attempt_id) SELECT id FROM attempts`);',
    ].join('\n');
    expect(writesIn('x.ts', sample).map((w) => [w.line, w.table])).toEqual([
      [1, 'attempts'],
      [2, 'attempt_results'],
      [3, 'skill_scores'],
      [5, 'answer_grades'],
      [7, 'webhook_deliveries'],
      [6, 'WebhookEndpointEntity'],
    ]);
  });
});
