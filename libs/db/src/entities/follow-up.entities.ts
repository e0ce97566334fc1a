import type { RecommendationStatus } from '@raadgiver/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One status a recommendation was given, by whom and when; the newest is also on the recommendation. */
@Entity({ name: 'recommendation_status_change' })
export class RecommendationStatusChange {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

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
export class RecommendationFollowUp {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

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
export class RecommendationFollowUpAttachment {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

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

/**
 * A numbered generation of a report's follow-up note. Its documents live in follow_up_note_document (tenant_id,
 * report_id, version, format 'pdf' | 'docx', content bytea, byte_size, sha256, created_at), read and written with SQL.
 */
@Entity({ name: 'follow_up_note' })
export class FollowUpNote {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'report_id' })
  reportId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  /** 'generating', 'ready' or 'failed'. */
  @Column({ type: 'text', default: 'generating' })
  status!: string;

  @Column({ type: 'int', default: 0 })
  progress!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

export const FOLLOW_UP_NOTE_FORMATS = ['pdf', 'docx'] as const;
export type FollowUpNoteFormat = (typeof FOLLOW_UP_NOTE_FORMATS)[number];

/** A department's decided cases in a year, so the report can show inquiries per 1,000 decided cases. */
@Entity({ name: 'decided_case_volume' })
export class DecidedCaseVolume {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'org_unit_id' })
  orgUnitId!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int', name: 'decided_cases' })
  decidedCases!: number;

  @Column({ type: 'uuid', name: 'updated_by' })
  updatedBy!: string;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** A reminder e-mail sent to a department contact about a recommendation on a day; at most one per key. */
@Entity({ name: 'reminder_sent' })
export class ReminderSent {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'recommendation_id' })
  recommendationId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @PrimaryColumn({ type: 'date', name: 'sent_on' })
  sentOn!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'sent_at' })
  sentAt!: Date;
}
