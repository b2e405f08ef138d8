import type { EntityManager } from 'typeorm';
import { newId } from '@assay/core';
import { EVENTS, appendToOutbox } from '@assay/queue';
import type { MailTemplateName, MailTemplateParams } from './mail.templates';

/** An email to send once the caller's transaction commits. */
export interface MailRequest<T extends MailTemplateName = MailTemplateName> {
  template: T;
  to: string;
  params: MailTemplateParams[T];
  /** What the email is about (the user or invitation id); kept on the mail request. */
  aggregateId: string;
}

/**
 * Requests an email inside the caller's transaction: a `mail_requests` row (template, recipient, params) and
 * an outbox event the relay routes to the `mail` queue with the request's id only, so neither Redis nor the
 * outbox ever holds the links and tokens. A rolled-back change sends nothing; the request never waits on SMTP.
 */
export async function requestMail<T extends MailTemplateName>(
  manager: EntityManager,
  request: MailRequest<T>,
): Promise<void> {
  const id = newId();
  await manager.query(
    `INSERT INTO mail_requests (id, template, recipient, params, aggregate_id) VALUES ($1, $2, $3, $4::jsonb, $5)`,
    [id, request.template, request.to, JSON.stringify(request.params), request.aggregateId],
  );
  await appendToOutbox(manager, { type: EVENTS.MAIL_REQUESTED, aggregateId: id });
}

/**
 * Cancels emails not yet sent about any of `aggregateIds` (erasure): their requests are deleted, so the
 * mail job finds nothing and sends nothing. Returns how many were cancelled.
 */
export async function cancelMailAbout(
  manager: EntityManager,
  aggregateIds: readonly string[],
): Promise<number> {
  if (!aggregateIds.length) return 0;
  const rows: unknown[] = await manager.query(
    `DELETE FROM mail_requests WHERE aggregate_id = ANY($1::text[]) RETURNING id`,
    [aggregateIds],
  );
  return rows.length;
}
