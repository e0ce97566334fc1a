import { Injectable, Logger } from '@nestjs/common';
import { inContext, NO_CONTEXT } from '@raadgiver/db';
import { JOBS } from '@raadgiver/domain';
import { DataSource } from 'typeorm';
import { JobHandler } from '../job-runner/job-handler.decorator';
import { maintenanceRepository } from './maintenance.repository';

export interface PingResult {
  pong: true;
  at: string;
}

export interface PurgeResult {
  deleted: number;
}

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
    const deleted = await inContext(this.dataSource, NO_CONTEXT, (em) => maintenanceRepository.purgeSessions(em));
    this.logger.log(`Purged ${deleted} expired or revoked refresh sessions`);
    return { deleted };
  }
}
