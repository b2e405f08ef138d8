import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import type IORedis from 'ioredis';
import { AssayConfig, Problem } from '@assay/core';
import { JOBS, QUEUES, REDIS, createRedis } from '@assay/queue';
import type { RunAnswerJob, RunAnswerResult } from '@assay/queue';
import { AssessmentsProblem } from '../assessments.problems';

/** "Run examples" / "Run query" per attempt and minute; each run costs a worker's sandbox time. */
export const RUNS_PER_MINUTE = 12;
/** How long the API waits for a worker; past it the candidate is told to try again (503). */
export const RUN_WAIT_MS = 15_000;
/** Rows of a query preview. */
export const RUN_PREVIEW_ROWS = 50;

/**
 * Sends a candidate's run to a worker (the sandbox-runs queue) and waits for its result through
 * QueueEvents: candidate code never runs in the API process (docs/decisions/0701).
 */
@Injectable()
export class AnswerRunner implements OnApplicationShutdown {
  private events: Promise<QueueEvents> | null = null;
  private connection: ReturnType<typeof createRedis> | null = null;

  constructor(
    @InjectQueue(QUEUES.SANDBOX_RUNS) private readonly queue: Queue<RunAnswerJob, RunAnswerResult>,
    @Inject(REDIS) private readonly redis: IORedis,
    private readonly config: AssayConfig,
  ) {}

  /** Counts a run against the attempt's per-minute budget; 429 with Retry-After when it is spent. */
  async admit(attemptId: string, now = Date.now()): Promise<void> {
    const window = Math.floor(now / 60_000);
    const key = `${this.config.redis.prefix}:run-limit:${attemptId}:${window}`;
    const [[, count]] = (await this.redis.multi().incr(key).pexpire(key, 61_000).exec()) as [
      [Error | null, number],
      unknown,
    ];
    if (count > RUNS_PER_MINUTE) {
      const retryAfter = Math.max(1, Math.ceil(((window + 1) * 60_000 - now) / 1000));
      throw new Problem(
        429,
        AssessmentsProblem.RunRateLimited,
        `At most ${RUNS_PER_MINUTE} runs a minute. Try again in ${retryAfter} s.`,
        { headers: { 'Retry-After': String(retryAfter) }, retryAfter },
      );
    }
  }

  async run(job: RunAnswerJob): Promise<RunAnswerResult> {
    const events = await this.queueEvents();
    const added = await this.queue.add(JOBS.RUN_ANSWER, job, {
      attempts: 1,
      removeOnComplete: { age: 300, count: 1000 },
      removeOnFail: { age: 3600, count: 1000 },
    });
    try {
      return (await added.waitUntilFinished(events, RUN_WAIT_MS)) as RunAnswerResult;
    } catch {
      // No worker answered in time (none running, or all busy): nothing the candidate did wrong.
      await added.remove().catch(() => undefined);
      throw new Problem(
        503,
        AssessmentsProblem.RunUnavailable,
        'Running code is busy right now. Try again in a moment.',
        {
          headers: { 'Retry-After': '5' },
          retryAfter: 5,
        },
      );
    }
  }

  private queueEvents(): Promise<QueueEvents> {
    this.events ??= (async () => {
      // A connection of its own: QueueEvents blocks on it (XREAD).
      const connection = createRedis(this.config.redis.url!, { maxRetriesPerRequest: null });
      const events = new QueueEvents(QUEUES.SANDBOX_RUNS, { connection, prefix: this.config.redis.prefix });
      events.on('error', () => undefined); // ioredis reconnects by itself; a run waiting then gets a 503
      this.connection = connection;
      await events.waitUntilReady();
      return events;
    })();
    this.events.catch(() => (this.events = null));
    return this.events;
  }

  async onApplicationShutdown(): Promise<void> {
    const events = await this.events?.catch(() => null);
    await events?.close();
    this.connection?.disconnect();
  }
}
