import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JOBS, JobScheduleKeeper, QUEUES, QueueRegistry } from '@assay/queue';
import { eventually } from '@assay/testing';

/** Records warnings, so a test sees what the keeper tells an operator. */
class RecordingLogger extends Logger {
  readonly warnings: string[] = [];
  override warn(_context: unknown, message?: string): void {
    this.warnings.push(String(message));
  }
}

/**
 * The keeper behind the reconciler, candidate-retention and outbox-retention schedules, on real Redis:
 * the schedule exists after start, and comes back when Redis loses it (here: removed, as a FLUSHALL would).
 */
describe('JobScheduleKeeper (real Redis)', () => {
  const queue = new Queue(QUEUES.MAINTENANCE, {
    connection: { host: '127.0.0.1', port: 6379 },
    prefix: `keeper-${randomUUID()}`,
  });
  const queues = { get: () => queue } as unknown as QueueRegistry;
  const logger = new RecordingLogger('test');
  const keeper = new JobScheduleKeeper(
    queues,
    {
      queue: QUEUES.MAINTENANCE,
      schedulerId: 'keeper-test',
      job: JOBS.RECONCILE,
      everyMs: 60_000,
      keep: { completed: 5, failed: 5 },
      checkEveryMs: 100,
      what: 'test',
    },
    logger,
  );

  afterAll(async () => {
    keeper.stop();
    await queue.obliterate({ force: true });
    await queue.close();
  });

  it('upserts the schedule at start and re-creates it when it goes missing', async () => {
    keeper.start();
    const first = await eventually(
      () => queue.getJobScheduler('keeper-test'),
      (s) => s !== undefined && s !== null,
      10_000,
    );
    expect(first).toMatchObject({ name: JOBS.RECONCILE, every: 60_000 });
    expect(logger.warnings).toEqual([]);

    await queue.removeJobScheduler('keeper-test');
    const again = await eventually(
      () => queue.getJobScheduler('keeper-test'),
      (s) => s !== undefined && s !== null,
      10_000,
    );
    expect(again).toMatchObject({ name: JOBS.RECONCILE, every: 60_000 });
    // The keeper warns once its upsert has returned, which can be after this test's read sees the schedule.
    const warned = await eventually(
      async () => [...logger.warnings],
      (w) => w.length > 0,
      5_000,
    );
    expect(warned).toEqual(['test schedule was missing; re-created']);
  });

  it('ensureNow re-creates it at once without polling, and does nothing once stopped', async () => {
    const unpolled = new JobScheduleKeeper(
      queues,
      {
        queue: QUEUES.MAINTENANCE,
        schedulerId: 'keeper-now',
        job: JOBS.RECONCILE,
        everyMs: 30_000,
        keep: { completed: 5, failed: 5 },
        checkEveryMs: 0,
        what: 'now',
      },
      logger,
    );
    expect(await queue.getJobScheduler('keeper-now')).toBeUndefined();
    await unpolled.ensureNow();
    expect(await queue.getJobScheduler('keeper-now')).toMatchObject({ every: 30_000 });
    unpolled.stop();
    await queue.removeJobScheduler('keeper-now');
    await unpolled.ensureNow();
    expect(await queue.getJobScheduler('keeper-now')).toBeUndefined();
  });
});
