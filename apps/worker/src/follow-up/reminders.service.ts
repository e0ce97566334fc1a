import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { inContext, NO_CONTEXT, tenantRepository } from '@raadgiver/db';
import { ACTIVE_RECOMMENDATION_STATUSES, JOBS, REMINDER_WINDOW_DAYS, SendRemindersPayload } from '@raadgiver/domain';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobHandler } from '../job-runner/job-handler.decorator';
import { adminUrlOf, WORKER_CONFIG, type WorkerConfig } from '../worker-config';
import { Mailer } from '../mail/mailer';
import { reminderMail } from './reminder-mail';
import { reminderRepository } from './reminder.repository';

/** What a run did (also the job's result): counts only. */
export interface SendRemindersResult {
  day: string;
  /** Contact and recommendation pairs due on the day. */
  due: number;
  sent: number;
  /** Pairs reminded earlier the same day (a second run, or a retry). */
  alreadySent: number;
  /** True when SMTP_URL is not set: nothing was sent or recorded. */
  mailDisabled: boolean;
}

/** Reminders are for the day in Denmark, whatever the server's time zone. */
export const REMINDER_TIME_ZONE = 'Europe/Copenhagen';

export function dayIn(timeZone: string, at: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/**
 * The follow-up.send-reminders job: e-mails each department contact about each recommendation due within
 * REMINDER_WINDOW_DAYS or overdue, at most once a day. Each e-mail is recorded in reminder_sent in the same
 * transaction it is sent in: the row's key (recommendation, user, day) makes a second run send nothing, and a failed
 * send rolls the row back, so a retry sends it.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  private readonly logger = new Logger(RemindersService.name);
  private readonly adminUrl: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(WORKER_CONFIG) config: WorkerConfig,
  ) {
    this.adminUrl = adminUrlOf(config);
  }

  onModuleInit(): void {
    if (!this.mailer.enabled) this.logger.warn('SMTP_URL is not set: reminder e-mails to department contacts are not sent');
  }

  @JobHandler(JOBS.sendReminders)
  async handle(job: Job<SendRemindersPayload>): Promise<SendRemindersResult> {
    const day = job.data?.day ?? dayIn(REMINDER_TIME_ZONE);
    if (typeof day !== 'string' || !isDay(day)) throw new UnrecoverableError('The job payload\'s day must be a date as YYYY-MM-DD');
    return this.sendReminders(day);
  }

  async sendReminders(day: string): Promise<SendRemindersResult> {
    const result: SendRemindersResult = { day, due: 0, sent: 0, alreadySent: 0, mailDisabled: !this.mailer.enabled };
    if (!this.mailer.enabled) {
      this.logger.warn(`Reminders for ${day} not sent: SMTP_URL is not set`);
      return result;
    }
    const tenants = await inContext(this.dataSource, NO_CONTEXT, (em) => tenantRepository.all(em));
    for (const tenant of tenants) {
      const ctx = { tenantId: tenant.id, userId: null };
      const due = await inContext(this.dataSource, ctx, (em) => reminderRepository.due(em, day, ACTIVE_RECOMMENDATION_STATUSES, REMINDER_WINDOW_DAYS));
      result.due += due.length;
      for (const row of due) {
        const sent = await inContext(this.dataSource, ctx, async (em) => {
          if (!(await reminderRepository.recordSent(em, tenant.id, row.recommendationId, row.userId, day))) return false;
          // Committed only after the SMTP server took the mail; if it does not, the row goes and a retry sends it.
          await this.mailer.send({ to: row.email, ...reminderMail({ ...row, tenantName: tenant.name }, day, this.adminUrl) });
          return true;
        });
        if (sent) result.sent += 1;
        else result.alreadySent += 1;
      }
    }
    this.logger.log(`Reminders for ${day}: ${result.sent} sent, ${result.alreadySent} already sent, ${tenants.length} tenants`);
    return result;
  }
}
