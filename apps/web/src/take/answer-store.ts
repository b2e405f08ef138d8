import { api, isNetworkError } from '../api/client';

export type SaveState = 'idle' | 'saving' | 'saved' | 'offline' | 'error';

export interface SaveStatus {
  state: SaveState;
  /** Answers changed locally and not yet on the server. */
  pending: number;
  savedAt: string | null;
  /** Per question: why the server refused the answer. */
  errors: Record<string, string>;
}

const DEBOUNCE_MS = 700;
const RETRY_MS = 4000;

/**
 * The candidate's answers: every change is kept locally at once (localStorage, so a reload or a crash
 * loses nothing), sent after a short pause, and re-sent when the network comes back. The server's answer
 * to a PUT is the only proof of saving; a 409 means the attempt is over.
 */
export class AnswerStore {
  readonly answers = new Map<string, unknown>();
  private readonly pending = new Map<string, unknown>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<string>();
  private retry: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<() => void>();
  private status: SaveStatus = { state: 'idle', pending: 0, savedAt: null, errors: {} };
  private finished = false;

  constructor(
    private readonly token: string,
    private readonly onFinished: () => void,
  ) {
    window.addEventListener('online', this.onOnline);
  }

  private get key() {
    return `assay-take-pending:${this.token}`;
  }

  /** Loads the server's saved answers, then lays the local unsent ones over them and sends those. */
  load(saved: { questionId: string; response: unknown }[]): void {
    for (const a of saved) this.answers.set(a.questionId, a.response);
    try {
      const local = JSON.parse(localStorage.getItem(this.key) ?? '{}') as Record<string, unknown>;
      for (const [id, response] of Object.entries(local)) {
        this.answers.set(id, response);
        this.pending.set(id, response);
      }
    } catch {
      localStorage.removeItem(this.key);
    }
    this.update({ pending: this.pending.size, state: this.pending.size ? 'saving' : 'idle' });
    if (this.pending.size) void this.flushAll();
  }

  get(questionId: string): unknown {
    return this.answers.get(questionId);
  }

  set(questionId: string, response: unknown): void {
    if (this.finished) return;
    this.answers.set(questionId, response);
    this.pending.set(questionId, response);
    this.persist();
    const errors = { ...this.status.errors };
    delete errors[questionId];
    this.update({
      pending: this.pending.size,
      errors,
      state: this.status.state === 'offline' ? 'offline' : 'saving',
    });
    clearTimeout(this.timers.get(questionId));
    this.timers.set(
      questionId,
      setTimeout(() => void this.flush(questionId), DEBOUNCE_MS),
    );
  }

  /** Sends every unsent answer now; true when nothing is left unsent. */
  async flushAll(): Promise<boolean> {
    await Promise.all([...this.pending.keys()].map((id) => this.flush(id)));
    return this.pending.size === 0;
  }

  private async flush(questionId: string): Promise<void> {
    clearTimeout(this.timers.get(questionId));
    if (!this.pending.has(questionId) || this.inFlight.has(questionId) || this.finished) return;
    const response = this.pending.get(questionId);
    this.inFlight.add(questionId);
    this.update({ state: 'saving' });
    try {
      const {
        data,
        error,
        response: http,
      } = await api.PUT('/api/v1/take/{token}/answers/{questionId}', {
        params: { path: { token: this.token, questionId } },
        body: { response: response as Record<string, unknown> },
      });
      if (data) {
        // A newer change made meanwhile stays pending and goes next.
        if (this.pending.get(questionId) === response) this.pending.delete(questionId);
        this.persist();
        this.update({
          state: this.pending.size ? 'saving' : 'saved',
          savedAt: data.savedAt,
          pending: this.pending.size,
        });
      } else if (http.status === 409) {
        this.finish();
      } else if (http.status === 400 || http.status === 404) {
        const problem = error as { errors?: { message: string }[]; detail?: string } | undefined;
        this.pending.delete(questionId);
        this.persist();
        this.update({
          state: 'error',
          pending: this.pending.size,
          errors: {
            ...this.status.errors,
            [questionId]: problem?.errors?.[0]?.message ?? problem?.detail ?? 'not saved',
          },
        });
      } else {
        this.scheduleRetry('error');
      }
    } catch (e) {
      this.scheduleRetry(isNetworkError(e) ? 'offline' : 'error');
    } finally {
      this.inFlight.delete(questionId);
      if (this.pending.has(questionId) && this.pending.get(questionId) !== response && !this.retry) {
        void this.flush(questionId);
      }
    }
  }

  private scheduleRetry(state: SaveState): void {
    this.update({ state, pending: this.pending.size });
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.flushAll();
    }, RETRY_MS);
  }

  private readonly onOnline = () => {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    void this.flushAll();
  };

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.onFinished();
  }

  private persist(): void {
    try {
      if (this.pending.size) localStorage.setItem(this.key, JSON.stringify(Object.fromEntries(this.pending)));
      else localStorage.removeItem(this.key);
    } catch {
      // Storage full or disabled: the in-memory queue still retries.
    }
  }

  private update(next: Partial<SaveStatus>): void {
    this.status = { ...this.status, ...next };
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): SaveStatus => this.status;

  dispose(): void {
    window.removeEventListener('online', this.onOnline);
    for (const t of this.timers.values()) clearTimeout(t);
    if (this.retry) clearTimeout(this.retry);
  }
}
