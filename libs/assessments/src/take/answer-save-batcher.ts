/** One answer waiting to be written. */
export interface AnswerWrite {
  /** The new row's id (used only when the answer is new). */
  id: string;
  attemptId: string;
  questionId: string;
  /** The response as JSON text. */
  response: string;
}

/** When each written answer was saved, by `answerKey`; an answer missing from it was refused by the guards. */
export type SavedAt = Map<string, Date>;

/** Writes a batch in one statement, or throws for the whole batch. */
export type WriteBatch = (batch: readonly AnswerWrite[]) => Promise<SavedAt>;

export function answerKey(attemptId: string, questionId: string): string {
  return `${attemptId}/${questionId}`;
}

interface Pending extends AnswerWrite {
  key: string;
  resolve(savedAt: Date | null): void;
  reject(error: unknown): void;
}

/** At most this many answers per statement. */
export const MAX_ANSWERS_PER_BATCH = 64;

/**
 * Autosaves written together (docs/decisions/0403, group commit): while `maxInFlight` statements are running,
 * answers that arrive wait and leave together in the next statement, one per attempt and question. A save of
 * an answer already in a statement, running or being formed, waits for that statement to finish, so the
 * database sees the saves of one answer in the order they arrived (last write wins, by arrival). With fewer statements running, an answer leaves at once, alone: batching costs a
 * quiet server no latency. A statement that fails is retried one answer at a time, so one bad answer cannot
 * fail the answers that happened to share its statement. Pure scheduling: the statement is `write`.
 */
export class AnswerSaveBatcher {
  private queue: Pending[] = [];
  private inFlight = 0;
  /** Keys in a running statement: their next save waits for it, so the database sees saves in arrival order. */
  private readonly writing = new Set<string>();

  constructor(
    private readonly write: WriteBatch,
    private readonly maxInFlight: number,
    private readonly maxBatch = MAX_ANSWERS_PER_BATCH,
  ) {}

  /** Resolves with the save time, or null when the guards refused the write (submitted, closed, late, revoked). */
  save(answer: AnswerWrite): Promise<Date | null> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...answer, key: answerKey(answer.attemptId, answer.questionId), resolve, reject });
      this.pump();
    });
  }

  /** Answers waiting for a statement (for tests and diagnostics). */
  get waiting(): number {
    return this.queue.length;
  }

  /** Statements sent and the answers they carried, retries included (diagnostics: the mean batch size). */
  readonly sent = { statements: 0, answers: 0 };

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length) {
      const batch = this.nextBatch();
      if (!batch.length) return; // all waiting answers are being written already
      this.inFlight++;
      for (const pending of batch) this.writing.add(pending.key);
      void this.run(batch).finally(() => {
        for (const pending of batch) this.writing.delete(pending.key);
        this.inFlight--;
        this.pump();
      });
    }
  }

  /** The oldest answers, one per key and none whose key is being written; the others keep their places. */
  private nextBatch(): Pending[] {
    const batch: Pending[] = [];
    const keys = new Set<string>();
    const rest: Pending[] = [];
    for (const pending of this.queue) {
      if (batch.length < this.maxBatch && !keys.has(pending.key) && !this.writing.has(pending.key)) {
        keys.add(pending.key);
        batch.push(pending);
      } else {
        rest.push(pending);
      }
    }
    this.queue = rest;
    return batch;
  }

  private async run(batch: Pending[]): Promise<void> {
    let saved: SavedAt;
    this.sent.statements++;
    this.sent.answers += batch.length;
    try {
      saved = await this.write(batch);
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      // One at a time, in order: the failure is the bad answer's alone.
      for (const pending of batch) await this.run([pending]);
      return;
    }
    for (const pending of batch) pending.resolve(saved.get(pending.key) ?? null);
  }
}
