import { Module } from '@nestjs/common';
import { FollowUpNoteService } from './follow-up-note.service';
import { Mailer } from './mailer';
import { RemindersService } from './reminders.service';

/** The departments' follow-up: the follow-up note's documents and the daily reminders to department contacts. */
@Module({ providers: [FollowUpNoteService, RemindersService, Mailer], exports: [FollowUpNoteService, RemindersService] })
export class FollowUpModule {}
