import { Injectable, Logger } from '@nestjs/common';
import { RefreshSession } from '@raadgiver/db';
import { JOBS } from '@raadgiver/domain';
import { DataSource } from 'typeorm';
import { JobHandler } from '../job-runner/job-handler.decorator';

export interface PingResult {
  pong: true;
  at: string;
}

export interface PurgeResult {
  deleted: number;
}

/** How long an expired or revoked refresh session is kept, so reuse of a just-rotated token can still be detected. */
const SESSION_GRACE = `interval '1 day'`;

@Injectable()
export class MaintenanceService {
  private readonly logger = new Logger(MaintenanceService.name);

  constructor(private readonly dataSource: DataSource) {}

  @JobHandler(JOBS.ping)
  async ping(): Promise<PingResult> {
    return { pong: true, at: new Date().toISOString() };
  }

  /** refresh_session is platform data without row-level security, so no tenant context is needed. */
  @JobHandler(JOBS.purgeExpiredSessions)
  async purgeExpiredSessions(): Promise<PurgeResult> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(RefreshSession)
      .where(`expires_at < now() - ${SESSION_GRACE}`)
      .orWhere(`revoked_at < now() - ${SESSION_GRACE}`)
      .execute();
    const deleted = result.affected ?? 0;
    this.logger.log(`Purged ${deleted} expired or revoked refresh sessions`);
    return { deleted };
  }
}
