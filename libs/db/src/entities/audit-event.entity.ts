import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantOwnedRecord } from './tenant-owned';

/** Append-only record of who read or changed which data, when. The app role may only insert and read. */
@Entity({ name: 'audit_event' })
export class AuditEvent extends TenantOwnedRecord {
  @CreateDateColumn({ type: 'timestamptz', name: 'occurred_at' })
  occurredAt!: Date;

  @Column({ type: 'uuid', name: 'user_id', nullable: true })
  userId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', name: 'subject_type' })
  subjectType!: string;

  @Column({ type: 'uuid', name: 'subject_id', nullable: true })
  subjectId!: string | null;

  /** Ids and criteria only; never names or free text. */
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  details!: Record<string, unknown>;
}
