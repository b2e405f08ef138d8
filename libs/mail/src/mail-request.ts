import type { EntityManager } from 'typeorm';
import { appendToOutbox } from '@assay/persistence';
import { EVENTS } from '@assay/queue';
import type { MailTemplateName, MailTemplateParams } from './mail.templates';

/** An email to send once the caller's transaction commits. */
export interface MailRequest<T extends MailTemplateName = MailTemplateName> {
  template: T;
  to: string;
  params: MailTemplateParams[T];
  /** What the email is about (the user or invitation id); kept on the outbox row. */
  aggregateId: string;
}

/**
 * Requests an email inside the caller's transaction: an outbox row the relay routes to the `mail` queue,
 * where the worker renders and sends it. So a rolled-back change sends nothing, and the request never
 * waits on SMTP. The row's payload (it holds links with tokens) is cleared once the mail is sent.
 */
export async function requestMail<T extends MailTemplateName>(
  manager: EntityManager,
  request: MailRequest<T>,
): Promise<void> {
  await appendToOutbox(manager, {
    type: EVENTS.MAIL_REQUESTED,
    aggregateId: request.aggregateId,
    payload: { template: request.template, to: request.to, params: request.params },
  });
}
