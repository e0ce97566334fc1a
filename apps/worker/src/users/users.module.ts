import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { InvitationSender } from './invitation-sender.service';

/** Users of a tenant: the invitation e-mails. */
@Module({ imports: [MailModule], providers: [InvitationSender], exports: [InvitationSender] })
export class UsersModule {}
