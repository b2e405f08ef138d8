import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { QUEUES } from '@assay/queue';
import { MailTransport } from './mail-transport';
import { isMailTemplate, renderMail } from './mail.templates';

export interface SendMailJob {
  outboxId: string;
}

interface StoredRequest {
  template?: unknown;
  to?: unknown;
  params?: unknown;
}

/**
 * Sends one requested email (job `send-mail`): loads the outbox row, renders the template, sends it
 * through MailTransport (retried with backoff by the queue), then clears the row's payload, which holds
 * tokens. A row already cleared was sent before: nothing happens, so a repeated job sends nothing twice.
 */
@Processor(QUEUES.MAIL)
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger('MailProcessor');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
  ) {
    super();
  }

  async process(job: Job<SendMailJob>): Promise<'sent' | 'already-sent' | 'missing'> {
    const rows: { payload: StoredRequest }[] = await this.dataSource.query(
      `SELECT payload FROM outbox WHERE id = $1`,
      [job.data.outboxId],
    );
    if (!rows.length) return 'missing';
    const request = rows[0].payload;
    if (request.template === undefined) return 'already-sent';
    if (!isMailTemplate(request.template) || typeof request.to !== 'string' || !isRecord(request.params)) {
      await this.clear(job.data.outboxId, 'invalid');
      this.logger.error({ outboxId: job.data.outboxId }, 'invalid mail request; dropped');
      throw new UnrecoverableError('invalid mail request');
    }
    await this.transport.send(renderMail(request.template, request.to, request.params));
    await this.clear(job.data.outboxId, 'sent');
    this.logger.log({ outboxId: job.data.outboxId, template: request.template }, 'mail sent');
    return 'sent';
  }

  private async clear(outboxId: string, outcome: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox SET payload = jsonb_build_object('mail', $2::text, 'at', now()) WHERE id = $1`,
      [outboxId, outcome],
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
