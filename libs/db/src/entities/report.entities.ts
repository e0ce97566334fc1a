import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ReportDocumentVersion, TenantOwned, TenantOwnedRecord } from './tenant-owned';

export const REPORT_STATUSES = ['draft', 'generating', 'ready', 'published'] as const;

export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_VERSION_STATUSES = ['generating', 'ready', 'failed'] as const;

export type ReportVersionStatus = (typeof REPORT_VERSION_STATUSES)[number];

/** One tenant's annual report (beretning) for a period: the advisor's prose; the figures are generated, never typed. */
@Entity({ name: 'report' })
export class Report extends TenantOwnedRecord {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'date', name: 'period_from' })
  periodFrom!: string;

  @Column({ type: 'date', name: 'period_to' })
  periodTo!: string;

  @Column({ type: 'date', name: 'comparison_from', nullable: true })
  comparisonFrom!: string | null;

  @Column({ type: 'date', name: 'comparison_to', nullable: true })
  comparisonTo!: string | null;

  @Column({ type: 'text', default: 'draft' })
  status!: ReportStatus;

  /** The latest version made; 0 before the first. */
  @Column({ type: 'int', name: 'current_version', default: 0 })
  currentVersion!: number;

  @Column({ type: 'text', default: '' })
  foreword!: string;

  @Column({ type: 'text', default: '' })
  themes!: string;

  @Column({ type: 'text', default: '' })
  examples!: string;

  @Column({ type: 'uuid', name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  /** The municipality's introduction to its follow-up note (opfølgningsnotat) on this report. */
  @Column({ type: 'text', name: 'follow_up_intro', default: '' })
  followUpIntro!: string;

  /** The latest follow-up note version made; 0 before the first. */
  @Column({ type: 'int', name: 'follow_up_version', default: 0 })
  followUpVersion!: number;
}

/** A numbered generation of a report, with the figures it was made from. */
@Entity({ name: 'report_version' })
export class ReportVersion extends ReportDocumentVersion {
  declare status: ReportVersionStatus;

  /** The engine's ReportFigures as they were when the version was made. */
  @Column({ type: 'jsonb' })
  figures!: unknown;
}

export const REPORT_DOCUMENT_FORMATS = ['pdf', 'docx', 'xlsx'] as const;

export type ReportDocumentFormat = (typeof REPORT_DOCUMENT_FORMATS)[number];

/**
 * The documents of a report version live in report_document (tenant_id, report_id, version, format, content bytea,
 * byte_size, sha256, created_at), read and written with SQL: the content is never loaded with the version.
 */
export const REPORT_DOCUMENT_CONTENT_TYPES: Record<ReportDocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A generated document of one report version; written with its siblings in one transaction, so a version is complete or absent. */
@Entity({ name: 'report_document' })
export class ReportDocument extends TenantOwned {
  @PrimaryColumn({ type: 'uuid', name: 'report_id' })
  reportId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  /** 'pdf', 'docx' or 'xlsx'. */
  @PrimaryColumn({ type: 'text' })
  format!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ type: 'int', name: 'byte_size' })
  byteSize!: number;

  @Column({ type: 'text' })
  sha256!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
