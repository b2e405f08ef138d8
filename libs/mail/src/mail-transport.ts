import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { AssayConfig } from '@assay/core';
import type { MailMessage } from './mail.types';

/**
 * Sends mail over SMTP_URL. Without it, messages go to the log (links redacted in production) so a
 * developer can follow a signup locally.
 */
@Injectable()
export class MailTransport implements OnModuleInit {
  private readonly logger = new Logger('Mail');
  private transporter: Transporter | null = null;

  constructor(private readonly config: AssayConfig) {}

  onModuleInit(): void {
    if (this.config.mail.smtpUrl) {
      this.transporter = nodemailer.createTransport(this.config.mail.smtpUrl);
    } else {
      this.logger.warn('SMTP_URL is not set: emails are written to the log instead of being sent');
    }
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.transporter) {
      const text = this.config.isProduction ? redactLinks(message.text) : message.text;
      this.logger.log({ to: message.to, subject: message.subject, text }, 'email (log transport)');
      return;
    }
    await this.transporter.sendMail({ from: this.config.mail.from, ...message });
  }
}

export function redactLinks(text: string): string {
  return text.replace(/https?:\/\/\S+/g, '[link redacted]');
}
