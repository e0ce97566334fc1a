import { Module } from '@nestjs/common';
import { Mailer } from '../mail/mailer';

/** The worker's one SMTP transport, for every job that sends e-mail. */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
