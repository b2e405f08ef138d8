import fc from 'fast-check';
import { AnswerSaveBatcher, answerKey, type AnswerWrite, type SavedAt } from './answer-save-batcher';

/** A statement the test finishes when it chooses: as the database would, later and in any order. */
interface Statement {
  batch: AnswerWrite[];
  /** Statements running when this one started (itself included). */
  runningAtStart: number;
  done: boolean;
  finish(outcome: 'saved' | 'refused' | 'failed'): void;
}

function harness(maxInFlight: number, maxBatch?: number) {
  const statements: Statement[] = [];
  const overlaps: string[] = [];
  let running = 0;
  const when = new Date('2026-12-03T12:00:00.000Z');
  const batcher = new AnswerSaveBatcher(
    (batch) =>
      new Promise<SavedAt>((resolve, reject) => {
        running++;
        const keys = new Set(batch.map((a) => answerKey(a.attemptId, a.questionId)));
        for (const other of statements.filter((st) => !st.done)) {
          for (const a of other.batch) {
            if (keys.has(answerKey(a.attemptId, a.questionId))) overlaps.push(a.id);
          }
        }
        const statement: Statement = {
          batch: [...batch],
          runningAtStart: running,
          done: false,
          finish(outcome) {
            statement.done = true;
            running--;
            if (outcome === 'failed') return reject(new Error('statement failed'));
            resolve(
              new Map(
                outcome === 'saved'
                  ? batch.map((a) => [answerKey(a.attemptId, a.questionId), when] as const)
                  : [],
              ),
            );
          },
        };
        statements.push(statement);
      }),
    maxInFlight,
    maxBatch,
  );
  const open = () => statements.filter((s) => !s.done);
  return { batcher, statements, open, when, overlaps };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

let serial = 0;
function answer(attempt: string, question: string): AnswerWrite {
  serial++;
  return { id: `id-${serial}`, attemptId: attempt, questionId: question, response: `{"n":${serial}}` };
}

describe('AnswerSaveBatcher', () => {
  it('sends an answer at once, alone, while fewer statements than the limit are running', async () => {
    const { batcher, statements } = harness(2);
    void batcher.save(answer('a1', 'q1'));
    void batcher.save(answer('a2', 'q1'));
    await settle();
    expect(statements.map((s) => s.batch.length)).toEqual([1, 1]);
    expect(batcher.waiting).toBe(0);
  });

  it('groups the answers that arrive while the limit is reached into the next statement', async () => {
    const { batcher, statements, when } = harness(1);
    const first = batcher.save(answer('a1', 'q1'));
    const rest = [
      batcher.save(answer('a2', 'q1')),
      batcher.save(answer('a3', 'q2')),
      batcher.save(answer('a1', 'q2')),
    ];
    await settle();
    expect(statements).toHaveLength(1);
    expect(batcher.waiting).toBe(3);
    statements[0].finish('saved');
    await expect(first).resolves.toEqual(when);
    await settle();
    expect(statements.map((s) => s.batch.map((a) => `${a.attemptId}/${a.questionId}`))).toEqual([
      ['a1/q1'],
      ['a2/q1', 'a3/q2', 'a1/q2'],
    ]);
    statements[1].finish('saved');
    await expect(Promise.all(rest)).resolves.toEqual([when, when, when]);
  });

  it('answers null for an answer the guards refused', async () => {
    const { batcher, statements } = harness(1);
    const refused = batcher.save(answer('a1', 'q1'));
    await settle();
    statements[0].finish('refused');
    await expect(refused).resolves.toBeNull();
  });

  it('retries a failed statement one answer at a time, so only the bad answer fails', async () => {
    const { batcher, statements, when } = harness(1);
    void batcher.save(answer('a0', 'q0'));
    const saves = [batcher.save(answer('a1', 'q1')), batcher.save(answer('a2', 'q2'))];
    await settle();
    statements[0].finish('saved');
    await settle();
    expect(statements[1].batch).toHaveLength(2);
    statements[1].finish('failed');
    await settle();
    expect(statements[2].batch.map((a) => a.attemptId)).toEqual(['a1']);
    statements[2].finish('failed');
    await expect(saves[0]).rejects.toThrow('statement failed');
    await settle();
    expect(statements[3].batch.map((a) => a.attemptId)).toEqual(['a2']);
    statements[3].finish('saved');
    await expect(saves[1]).resolves.toEqual(when);
  });

  it('never puts more than the batch limit in one statement', async () => {
    const { batcher, statements } = harness(1, 3);
    for (let i = 0; i < 8; i++) void batcher.save(answer(`a${i}`, 'q'));
    await settle();
    while (statements.some((s) => !s.done)) {
      statements.find((s) => !s.done)!.finish('saved');
      await settle();
    }
    expect(statements.map((s) => s.batch.length)).toEqual([1, 3, 3, 1]);
  });

  it('keeps every rule under any interleaving of saves and statements finishing (property)', async () => {
    type Step =
      | { kind: 'save'; attempt: number; question: number }
      | { kind: 'finish'; pick: number; outcome: 'saved' | 'refused' | 'failed' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('save' as const), attempt: fc.nat(2), question: fc.nat(2) }),
      fc.record({
        kind: fc.constant('finish' as const),
        pick: fc.nat(),
        outcome: fc.constantFrom('saved' as const, 'refused' as const, 'failed' as const),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(step, { maxLength: 60 }),
        async (maxInFlight, maxBatch, steps) => {
          const { batcher, statements, open, overlaps } = harness(maxInFlight, maxBatch);
          const arrivals: AnswerWrite[] = [];
          const outcomes = new Map<string, 'saved' | 'refused' | 'rejected'>();
          for (const s of steps) {
            if (s.kind === 'save') {
              const a = answer(`a${s.attempt}`, `q${s.question}`);
              arrivals.push(a);
              batcher.save(a).then(
                (at) => outcomes.set(a.id, at ? 'saved' : 'refused'),
                () => outcomes.set(a.id, 'rejected'),
              );
            } else if (open().length) {
              const running = open();
              running[s.pick % running.length].finish(s.outcome);
            }
            await settle();
            // Never idle with work waiting: a statement runs whenever answers wait.
            if (batcher.waiting) expect(open().length).toBeGreaterThan(0);
          }
          for (let guard = 0; open().length && guard < 1000; guard++) {
            open()[0].finish('saved');
            await settle();
          }
          expect(open()).toHaveLength(0);
          expect(batcher.waiting).toBe(0);

          // Every save settled exactly once.
          expect(outcomes.size).toBe(arrivals.length);
          for (const st of statements) {
            // Within the limits, one answer per key.
            expect(st.runningAtStart).toBeLessThanOrEqual(maxInFlight);
            expect(st.batch.length).toBeLessThanOrEqual(maxBatch);
            const keys = st.batch.map((a) => answerKey(a.attemptId, a.questionId));
            expect(new Set(keys).size).toBe(keys.length);
          }
          // Two statements never write the same answer at once, and the saves of one key reach the database in
          // arrival order (an answer of a failed statement is retried alone, right after it).
          expect(overlaps).toEqual([]);
          const order = new Map(arrivals.map((a, i) => [a.id, i]));
          const lastSeen = new Map<string, number>();
          for (const st of statements) {
            for (const a of st.batch) {
              const key = answerKey(a.attemptId, a.questionId);
              expect(order.get(a.id)!).toBeGreaterThanOrEqual(lastSeen.get(key) ?? -1);
              lastSeen.set(key, order.get(a.id)!);
            }
          }
          // Only a failure from a statement of that answer alone rejects it.
          for (const a of arrivals) {
            const tried = statements.filter((st) => st.batch.some((b) => b.id === a.id));
            expect(tried.length).toBeGreaterThan(0);
            if (outcomes.get(a.id) === 'rejected') expect(tried[tried.length - 1].batch).toHaveLength(1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
