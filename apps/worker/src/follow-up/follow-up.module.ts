import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { FollowUpNoteService } from './follow-up-note.service';
import { RemindersService } from './reminders.service';

/** The departments' follow-up: the follow-up note's documents and the daily reminders to department contacts. */
@Module({ imports: [MailModule], providers: [FollowUpNoteService, RemindersService], exports: [FollowUpNoteService, RemindersService] })
export class FollowUpModule {}
