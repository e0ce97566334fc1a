import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantOwnedRecord } from './tenant-owned';

/** An uploaded spreadsheet of historical registrations and how its import went. */
@Entity({ name: 'import_job' })
export class ImportJob extends TenantOwnedRecord {
  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @Column({ type: 'text', name: 'file_name' })
  fileName!: string;

  /** 'csv' or 'xlsx'. */
  @Column({ type: 'text' })
  format!: string;

  /** The file until it has been imported; cleared afterwards. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ type: 'boolean', name: 'create_missing', default: false })
  createMissing!: boolean;

  /** 'queued', 'running', 'succeeded' or 'failed'. */
  @Column({ type: 'text', default: 'queued' })
  status!: string;

  @Column({ type: 'int', name: 'total_rows', nullable: true })
  totalRows!: number | null;

  @Column({ type: 'int', name: 'processed_rows', default: 0 })
  processedRows!: number;

  @Column({ type: 'int', name: 'inserted_rows', default: 0 })
  insertedRows!: number;

  @Column({ type: 'int', name: 'skipped_rows', default: 0 })
  skippedRows!: number;

  /** The first bad rows (at most MAX_STORED_IMPORT_ERRORS): { row, column, reason }. */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  errors!: { row: number; column: string; reason: string }[];

  /** Every problem of the file, counted, however many the list above keeps. */
  @Column({ type: 'int', name: 'error_total', default: 0 })
  errorTotal!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}
