import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { QUEUES } from '@assay/queue';
import { MailTransport } from './mail-transport';
import { isMailTemplate, renderMail } from './mail.templates';

export interface SendMailJob {
  /** The mail_requests row. */
  mailRequestId?: string;
  /** Jobs relayed before mail_requests existed: the same id (the migration moved those requests over). */
  outboxId?: string;
}

interface StoredRequest {
  template: unknown;
  recipient: unknown;
  params: unknown;
}

/**
 * Sends one requested email (job `send-mail`): loads its `mail_requests` row, renders the template, sends it
 * through MailTransport (retried with backoff by the queue), then deletes the row, which holds tokens. A row
 * already gone was sent before: nothing happens, so a repeated job sends nothing twice.
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

  async process(job: Job<SendMailJob>): Promise<'sent' | 'already-sent'> {
    const id = job.data.mailRequestId ?? job.data.outboxId;
    const rows: StoredRequest[] = id
      ? await this.dataSource.query(`SELECT template, recipient, params FROM mail_requests WHERE id = $1`, [
          id,
        ])
      : [];
    if (!rows.length) return 'already-sent';
    const request = rows[0];
    if (
      !isMailTemplate(request.template) ||
      typeof request.recipient !== 'string' ||
      !isRecord(request.params)
    ) {
      await this.remove(id!);
      this.logger.error({ mailRequestId: id }, 'invalid mail request; dropped');
      throw new UnrecoverableError('invalid mail request');
    }
    await this.transport.send(renderMail(request.template, request.recipient, request.params));
    await this.remove(id!);
    this.logger.log({ mailRequestId: id, template: request.template }, 'mail sent');
    return 'sent';
  }

  private async remove(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM mail_requests WHERE id = $1`, [id]);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
