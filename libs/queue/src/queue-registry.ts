import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QUEUES, QueueName } from './queue.constants';

/** Every queue by name, for producers, the relay, health and metrics. */
@Injectable()
export class QueueRegistry {
  private readonly queues: ReadonlyMap<QueueName, Queue>;

  constructor(
    @InjectQueue(QUEUES.GRADING) grading: Queue,
    @InjectQueue(QUEUES.MAIL) mail: Queue,
    @InjectQueue(QUEUES.NOTIFICATIONS) notifications: Queue,
    @InjectQueue(QUEUES.WEBHOOKS) webhooks: Queue,
    @InjectQueue(QUEUES.DEADLINES) deadlines: Queue,
    @InjectQueue(QUEUES.MAINTENANCE) maintenance: Queue,
    @InjectQueue(QUEUES.SYSTEM) system: Queue,
    @InjectQueue(QUEUES.ANALYTICS) analytics: Queue,
    @InjectQueue(QUEUES.PRIVACY) privacy: Queue,
    @InjectQueue(QUEUES.SANDBOX_RUNS) sandboxRuns: Queue,
    @InjectQueue(QUEUES.OUTBOX) outbox: Queue,
  ) {
    this.queues = new Map<QueueName, Queue>([
      [QUEUES.GRADING, grading],
      [QUEUES.MAIL, mail],
      [QUEUES.NOTIFICATIONS, notifications],
      [QUEUES.WEBHOOKS, webhooks],
      [QUEUES.DEADLINES, deadlines],
      [QUEUES.MAINTENANCE, maintenance],
      [QUEUES.SYSTEM, system],
      [QUEUES.ANALYTICS, analytics],
      [QUEUES.PRIVACY, privacy],
      [QUEUES.SANDBOX_RUNS, sandboxRuns],
      [QUEUES.OUTBOX, outbox],
    ]);
  }

  get(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`unknown queue ${name}`);
    return queue;
  }

  all(): Queue[] {
    return [...this.queues.values()];
  }
}
