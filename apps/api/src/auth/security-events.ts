import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type Redis from 'ioredis';
import { sessionStoreRedis } from '../common/session-store-redis';
import { API_CONFIG, ApiConfig } from '../config/api-config';

export type SecurityEventKind = 'login.failed' | 'login.throttled';

/** Hashes of what an event concerns: never an e-mail address or an IP address. */
export type SecuritySubjects = Partial<Record<'account' | 'source' | 'device', string>>;

export interface SecurityEvent {
  kind: SecurityEventKind;
  at: string;
  subjects: SecuritySubjects;
}

/** Events kept for the operator's view; older ones are in the logs. */
export const KEPT_SECURITY_EVENTS = 1_000;

/**
 * Failed and throttled logins as the operator sees them: one warning line each in the log (for the log platform's
 * alerts) and the newest KEPT_SECURITY_EVENTS in Redis for the operator's `securityEvents` query.
 */
@Injectable()
export class SecurityEvents implements OnModuleDestroy {
  private readonly logger = new Logger('Security');
  private readonly redis: Redis;
  private readonly key: string;

  constructor(@Inject(API_CONFIG) config: ApiConfig) {
    this.redis = sessionStoreRedis(config.redisUrl, `raadgiver-api-security-${process.pid}`);
    this.key = `${config.redisPrefix}:security-events`;
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }

  async record(kind: SecurityEventKind, subjects: SecuritySubjects): Promise<void> {
    const event: SecurityEvent = { kind, at: new Date().toISOString(), subjects };
    this.logger.warn(`${kind} ${JSON.stringify(subjects)}`);
    await this.redis.multi().lpush(this.key, JSON.stringify(event)).ltrim(this.key, 0, KEPT_SECURITY_EVENTS - 1).exec();
  }

  /** The newest events first. */
  async newest(limit: number): Promise<SecurityEvent[]> {
    const rows = await this.redis.lrange(this.key, 0, Math.max(0, Math.min(limit, KEPT_SECURITY_EVENTS) - 1));
    return rows.map((row) => JSON.parse(row) as SecurityEvent);
  }
}
