import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TenantOwnedRecord, TenantOwnedSettings } from './tenant-owned';

/** The operator's bounds of every municipality's retention periods, in years: one platform row (migration 0059). */
@Entity({ name: 'retention_bounds' })
export class RetentionBounds {
  @PrimaryColumn({ type: 'boolean', default: true })
  id!: boolean;

  @Column({ type: 'int', name: 'inquiry_min_years', default: 1 })
  inquiryMinYears!: number;

  @Column({ type: 'int', name: 'inquiry_max_years', default: 10 })
  inquiryMaxYears!: number;

  @Column({ type: 'int', name: 'audit_min_years', default: 1 })
  auditMinYears!: number;

  @Column({ type: 'int', name: 'audit_max_years', default: 10 })
  auditMaxYears!: number;

  @Column({ type: 'uuid', name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

/** A municipality's retention: how long closed inquiries and audit events are kept, and whether removal waits for an archive. */
@Entity({ name: 'tenant_retention' })
export class TenantRetention extends TenantOwnedSettings {
  @Column({ type: 'int', name: 'inquiry_years', default: 5 })
  inquiryYears!: number;

  @Column({ type: 'int', name: 'audit_years', default: 5 })
  auditYears!: number;

  @Column({ type: 'boolean', name: 'wait_for_archive', default: true })
  waitForArchive!: boolean;
}

/** A hold (arkiveringshold) on an inquiry: while it is not lifted, nothing of the inquiry is removed. */
@Entity({ name: 'inquiry_hold' })
export class InquiryHold extends TenantOwnedRecord {
  @Column({ type: 'uuid', name: 'inquiry_id' })
  inquiryId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid', name: 'set_by' })
  setBy!: string;

  @Column({ type: 'timestamptz', name: 'set_at', default: () => 'now()' })
  setAt!: Date;

  @Column({ type: 'text', name: 'lift_reason', nullable: true })
  liftReason!: string | null;

  @Column({ type: 'uuid', name: 'lifted_by', nullable: true })
  liftedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'lifted_at', nullable: true })
  liftedAt!: Date | null;
}

/** A tenant admin's erasure of a citizen's personal data on request (Article 17), written by retention_erase_citizen. */
@Entity({ name: 'citizen_erasure' })
export class CitizenErasure extends TenantOwnedRecord {
  @Column({ type: 'uuid', name: 'citizen_id' })
  citizenId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid', name: 'erased_by' })
  erasedBy!: string;

  @Column({ type: 'timestamptz', name: 'erased_at', default: () => 'now()' })
  erasedAt!: Date;

  @Column({ type: 'int' })
  inquiries!: number;
}
