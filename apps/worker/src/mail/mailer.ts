import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { WORKER_CONFIG, type WorkerConfig } from '../worker-config';

/** An e-mail to one recipient, plain text. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail through SMTP_URL (nodemailer); without it, `enabled` is false and nothing can be sent. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig) {
    this.transport = config.mail?.smtpUrl ? createTransport(config.mail.smtpUrl) : null;
    this.from = config.mail?.from ?? '';
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Resolves once the SMTP server has accepted the mail; rejects otherwise. */
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('SMTP_URL is not set: no e-mail can be sent');
    await this.transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
