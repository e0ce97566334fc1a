import type { RecommendationStatus } from '@raadgiver/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TenantOwned, TenantOwnedRecord } from './tenant-owned';

/** A recommendation (anbefaling) of a report: general, or addressed to org units through RecommendationOrgUnit. */
@Entity({ name: 'recommendation' })
export class Recommendation extends TenantOwnedRecord {
  @Column({ type: 'uuid', name: 'report_id' })
  reportId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  text!: string;

  @Column({ type: 'int', name: 'sort_order', default: 0 })
  sortOrder!: number;

  @Column({ type: 'date', name: 'due_on', nullable: true })
  dueOn!: string | null;

  /** The latest status; recommendation_status_change holds them all. */
  @Column({ type: 'text', default: 'open' })
  status!: RecommendationStatus;

  @Column({ type: 'uuid', name: 'status_set_by', nullable: true })
  statusSetBy!: string | null;

  @Column({ type: 'timestamptz', name: 'status_set_at', nullable: true })
  statusSetAt!: Date | null;
}

@Entity({ name: 'recommendation_org_unit' })
export class RecommendationOrgUnit extends TenantOwned {
  @PrimaryColumn({ type: 'uuid', name: 'recommendation_id' })
  recommendationId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'org_unit_id' })
  orgUnitId!: string;
}

/** One status a recommendation was given, by whom and when; the newest is also on the recommendation. */
@Entity({ name: 'recommendation_status_change' })
export class RecommendationStatusChange extends TenantOwnedRecord {
  @Column({ type: 'uuid', name: 'recommendation_id' })
  recommendationId!: string;

  @Column({ type: 'text' })
  status!: RecommendationStatus;

  @Column({ type: 'uuid', name: 'set_by' })
  setBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'set_at' })
  setAt!: Date;
}

/** A department's answer to a recommendation addressed to one of its units: what it learnt and did. */
@Entity({ name: 'recommendation_follow_up' })
export class RecommendationFollowUp extends TenantOwnedRecord {
  @Column({ type: 'uuid', name: 'recommendation_id' })
  recommendationId!: string;

  @Column({ type: 'uuid', name: 'org_unit_id' })
  orgUnitId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', name: 'proposed_status', nullable: true })
  proposedStatus!: RecommendationStatus | null;

  @Column({ type: 'uuid', name: 'written_by' })
  writtenBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** A file a department contact attached to their answer; the content is read and written with SQL only. */
@Entity({ name: 'recommendation_follow_up_attachment' })
export class RecommendationFollowUpAttachment extends TenantOwnedRecord {
  @Column({ type: 'uuid', name: 'follow_up_id' })
  followUpId!: string;

  @Column({ type: 'text', name: 'file_name' })
  fileName!: string;

  @Column({ type: 'text', name: 'content_type' })
  contentType!: string;

  @Column({ type: 'int', name: 'byte_size' })
  byteSize!: number;

  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ type: 'uuid', name: 'uploaded_by' })
  uploadedBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

/** A reminder e-mail sent to a department contact about a recommendation on a day; at most one per key. */
@Entity({ name: 'reminder_sent' })
export class ReminderSent extends TenantOwned {
  @PrimaryColumn({ type: 'uuid', name: 'recommendation_id' })
  recommendationId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @PrimaryColumn({ type: 'date', name: 'sent_on' })
  sentOn!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'sent_at' })
  sentAt!: Date;
}
