import { Column, Entity } from 'typeorm';
import { TenantOwnedRecord } from './tenant-owned';

/** An archive of a period, or everything before a municipality leaves (migration 0055). */
@Entity({ name: 'archive_package' })
export class ArchivePackage extends TenantOwnedRecord {
  /** 'period' or 'everything'. */
  @Column({ type: 'text', default: 'period' })
  scope!: string;

  @Column({ type: 'date', name: 'period_from' })
  periodFrom!: string;

  @Column({ type: 'date', name: 'period_to' })
  periodTo!: string;

  /** 'queued', 'running', 'ready' or 'failed'. */
  @Column({ type: 'text', default: 'queued' })
  status!: string;

  @Column({ type: 'uuid', name: 'requested_by', nullable: true })
  requestedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'requested_at', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'text', name: 'error_code', nullable: true })
  errorCode!: string | null;

  /** The ZIP. */
  @Column({ type: 'bytea', nullable: true })
  content!: Buffer | null;

  @Column({ type: 'bigint', name: 'size_bytes', nullable: true })
  sizeBytes!: string | null;

  @Column({ type: 'text', nullable: true })
  sha256!: string | null;

  @Column({ type: 'timestamptz', name: 'delivered_at', nullable: true })
  deliveredAt!: Date | null;

  @Column({ type: 'uuid', name: 'delivered_by', nullable: true })
  deliveredBy!: string | null;
}
