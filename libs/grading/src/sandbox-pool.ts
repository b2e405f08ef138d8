import { MessageChannel } from 'node:worker_threads';
import Piscina from 'piscina';

export interface SandboxPoolOptions {
  /** Absolute path of a plain-JS worker entry. */
  filename: string;
  threads: number;
  /** V8 limits of each thread (the WASM sandboxes have their own limits inside). */
  resourceLimits?: {
    maxOldGenerationSizeMb?: number;
    maxYoungGenerationSizeMb?: number;
    stackSizeMb?: number;
  };
  idleTimeoutMs?: number;
  /** Given to every thread as `workerData`. */
  workerData?: Record<string, unknown>;
}

/** What a pool's threads hold and how often they were renewed, for the process's metrics. */
export interface SandboxStats {
  /** Held by the live threads, as they last reported it: WASM linear memory (SQL: plus cached fixtures). */
  memoryBytes: number;
  /** Sandbox modules a thread dropped and loaded afresh because their memory had grown. */
  moduleRecycles: number;
  /** Threads terminated (wall-clock cap) or dead (crash), each replaced by a fresh one. */
  threadRecycles: number;
}

/**
 * Wall-clock caps by phase. The worker posts `{ phase }` when it reaches one; the cap of that phase
 * then replaces the previous one. A cap that runs out terminates the thread (piscina replaces it).
 */
export type PhaseCaps = Record<string, number>;

export type PoolOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; failure: 'timeout'; phase: string; message: string }
  | { ok: false; failure: 'crash'; message: string };

class PhaseTimeout extends Error {
  constructor(readonly phase: string) {
    super(`sandbox exceeded its wall-clock cap in phase "${phase}"`);
  }
}

/** A piscina pool whose tasks can be killed by a hard wall-clock cap that starts when they start. */
export class SandboxPool {
  private pool: Piscina | null = null;
  private closed = false;
  private readonly memoryByThread = new Map<number, number>();
  private moduleRecycles = 0;
  private threadRecycles = 0;

  constructor(private readonly options: SandboxPoolOptions) {}

  get threads(): number {
    return this.options.threads;
  }

  private getPool(): Piscina {
    if (this.closed) throw new Error('sandbox pool is closed');
    if (this.pool) return this.pool;
    // Threads start on first use, so a process that only grades choice questions never spawns them.
    const pool = new Piscina({
      filename: this.options.filename,
      minThreads: this.options.threads,
      maxThreads: this.options.threads,
      idleTimeout: this.options.idleTimeoutMs ?? 60_000,
      resourceLimits: this.options.resourceLimits,
      // Keeps each thread's event loop running between tasks (the eager WASM load completes meanwhile).
      atomics: 'async',
      workerData: this.options.workerData,
    });
    // A thread that ends takes its memory with it; piscina replaces it (the pool keeps minThreads).
    pool.on('workerDestroy', (worker: { id: number }) => {
      this.memoryByThread.delete(worker.id);
      if (!this.closed) this.threadRecycles += 1;
    });
    this.pool = pool;
    return this.pool;
  }

  async run<T>(task: Record<string, unknown>, caps: PhaseCaps): Promise<PoolOutcome<T>> {
    const pool = this.getPool();
    const { port1, port2 } = new MessageChannel();
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const arm = (phase: string): void => {
      const cap = caps[phase];
      if (cap === undefined || settled) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => controller.abort(new PhaseTimeout(phase)), cap);
    };
    port1.on('message', (message: unknown) => {
      if (typeof message === 'object' && message !== null && 'phase' in message) arm(String(message.phase));
    });
    port1.unref();
    try {
      const value = (await pool.run(
        { ...task, port: port2 },
        { transferList: [port2], signal: controller.signal },
      )) as T;
      return { ok: true, value };
    } catch (error) {
      const reason: unknown = controller.signal.reason;
      if (reason instanceof PhaseTimeout)
        return { ok: false, failure: 'timeout', phase: reason.phase, message: reason.message };
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, failure: 'crash', message: message.slice(0, 500) };
    } finally {
      settled = true;
      if (timer) clearTimeout(timer);
      port1.close();
    }
  }

  /** A thread's report after a task: its sandbox's memory now, and whether it recycled its module. */
  noteMemory(threadId: number, memoryBytes: number, recycled: boolean): void {
    if (this.pool && Number.isInteger(threadId) && Number.isFinite(memoryBytes)) {
      this.memoryByThread.set(threadId, memoryBytes);
    }
    if (recycled) this.moduleRecycles += 1;
  }

  stats(): SandboxStats {
    let memoryBytes = 0;
    for (const bytes of this.memoryByThread.values()) memoryBytes += bytes;
    return { memoryBytes, moduleRecycles: this.moduleRecycles, threadRecycles: this.threadRecycles };
  }

  async close(): Promise<void> {
    this.memoryByThread.clear();
    this.closed = true;
    const pool = this.pool;
    this.pool = null;
    if (pool) await pool.destroy();
  }
}
