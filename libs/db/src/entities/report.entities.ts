import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const REPORT_STATUSES = ['draft', 'generating', 'ready', 'published'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_VERSION_STATUSES = ['generating', 'ready', 'failed'] as const;
export type ReportVersionStatus = (typeof REPORT_VERSION_STATUSES)[number];

/** One tenant's annual report (beretning) for a period: the advisor's prose; the figures are generated, never typed. */
@Entity({ name: 'report' })
export class Report {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

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
}

/** A numbered generation of a report, with the figures it was made from. */
@Entity({ name: 'report_version' })
export class ReportVersion {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'report_id' })
  reportId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ type: 'text', default: 'generating' })
  status!: ReportVersionStatus;

  /** The engine's ReportFigures as they were when the version was made. */
  @Column({ type: 'jsonb' })
  figures!: unknown;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

/** A recommendation (anbefaling) of a report: general, or addressed to org units through RecommendationOrgUnit. */
@Entity({ name: 'recommendation' })
export class Recommendation {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'report_id' })
  reportId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  text!: string;

  @Column({ type: 'int', name: 'sort_order', default: 0 })
  sortOrder!: number;
}

@Entity({ name: 'recommendation_org_unit' })
export class RecommendationOrgUnit {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'recommendation_id' })
  recommendationId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'org_unit_id' })
  orgUnitId!: string;
}
