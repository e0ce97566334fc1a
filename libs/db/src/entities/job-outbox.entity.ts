import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantOwnedRecord } from './tenant-owned';

/** A job a committed transaction asked for, until the relay has added it to its BullMQ queue (ids only). */
@Entity({ name: 'job_outbox' })
export class JobOutboxEntry extends TenantOwnedRecord {
  @Column({ type: 'text' })
  queue!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** BullMQ's job options: the job id, a delay, a deduplication id. */
  @Column({ type: 'jsonb', default: {} })
  options!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
