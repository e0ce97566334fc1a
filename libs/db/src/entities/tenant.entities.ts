import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Inhabitants of a tenant per year; benchmarks are per 10,000 inhabitants. */
@Entity({ name: 'tenant_population' })
export class TenantPopulation {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  inhabitants!: number;
}

/** A node of the tenant's department tree (center, department, area). */
@Entity({ name: 'org_unit' })
export class OrgUnit {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', name: 'short_name', nullable: true })
  shortName!: string | null;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'date', name: 'valid_from' })
  validFrom!: string;

  @Column({ type: 'date', name: 'valid_to', nullable: true })
  validTo!: string | null;

  @Column({ type: 'int', name: 'sort_order', default: 0 })
  sortOrder!: number;

  @Column({ type: 'boolean', name: 'is_demo', default: false })
  isDemo!: boolean;

  /** The national department area (taxonomy code) the unit and its sub-units belong to, for the benchmark. */
  @Column({ type: 'text', name: 'national_area', nullable: true })
  nationalArea!: string | null;
}

/** What happened to an org unit, in order: the history shown in the admin. */
@Entity({ name: 'org_unit_event' })
export class OrgUnitEvent {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'org_unit_id' })
  orgUnitId!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', name: 'from_name', nullable: true })
  fromName!: string | null;

  @Column({ type: 'text', name: 'to_name', nullable: true })
  toName!: string | null;

  @Column({ type: 'uuid', name: 'from_parent_id', nullable: true })
  fromParentId!: string | null;

  @Column({ type: 'uuid', name: 'to_parent_id', nullable: true })
  toParentId!: string | null;

  @Column({ type: 'uuid', name: 'related_unit_id', nullable: true })
  relatedUnitId!: string | null;

  @Column({ type: 'date', name: 'effective_date' })
  effectiveDate!: string;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'occurred_at' })
  occurredAt!: Date;
}

/** Predecessor → successor, so statistics follow a unit through merges and splits. */
@Entity({ name: 'org_unit_link' })
export class OrgUnitLink {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'predecessor_id' })
  predecessorId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'successor_id' })
  successorId!: string;

  /** 'merged' or 'split'. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'date', name: 'effective_date' })
  effectiveDate!: string;
}

/** A user's role in a tenant. */
@Entity({ name: 'membership' })
export class Membership {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  role!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

/** The org units a department contact answers for. */
@Entity({ name: 'membership_org_unit' })
export class MembershipOrgUnit {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'org_unit_id' })
  orgUnitId!: string;
}

abstract class TenantCatalogEntry {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Code in the national taxonomy this entry counts under in the benchmark. */
  @Column({ type: 'text', name: 'national_code' })
  nationalCode!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'int', name: 'sort_order', default: 0 })
  sortOrder!: number;
}

/** What a complaint is about (klagetype / forhold), per tenant. */
@Entity({ name: 'category' })
export class Category extends TenantCatalogEntry {}

/** How the advisor's work ended (udfald), per tenant. */
@Entity({ name: 'outcome' })
export class Outcome extends TenantCatalogEntry {}

/** The person behind inquiries; minimal personal data, no CPR number. */
@Entity({ name: 'citizen' })
export class Citizen {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The advisor's own reference for the person, unique per tenant. */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text', name: 'display_name' })
  displayName!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

/** One registered problem a citizen brought to the advisor. */
@Entity({ name: 'inquiry' })
export class Inquiry {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'date', name: 'received_on' })
  receivedOn!: string;

  @Column({ type: 'text' })
  channel!: string;

  @Column({ type: 'uuid', name: 'citizen_id' })
  citizenId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'uuid', name: 'org_unit_id', nullable: true })
  orgUnitId!: string | null;

  @Column({ type: 'uuid', name: 'outcome_id', nullable: true })
  outcomeId!: string | null;

  /** Set when this is a follow-up case (følgesag) of an earlier inquiry. */
  @Column({ type: 'uuid', name: 'main_inquiry_id', nullable: true })
  mainInquiryId!: string | null;

  @Column({ type: 'date', name: 'first_contact_on', nullable: true })
  firstContactOn!: string | null;

  @Column({ type: 'date', name: 'closed_on', nullable: true })
  closedOn!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

@Entity({ name: 'inquiry_category' })
export class InquiryCategory {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'inquiry_id' })
  inquiryId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'category_id' })
  categoryId!: string;
}

/** Append-only record of who read or changed which data, when. The app role may only insert and read. */
@Entity({ name: 'audit_event' })
export class AuditEvent {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

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

/** A department's note on a complaint (læringsvæg): what went wrong, why, what was learnt. */
@Entity({ name: 'learning_entry' })
export class LearningEntry {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'inquiry_id' })
  inquiryId!: string;

  @Column({ type: 'uuid', name: 'org_unit_id' })
  orgUnitId!: string;

  @Column({ type: 'uuid', name: 'author_id' })
  authorId!: string;

  @Column({ type: 'text', name: 'what_went_wrong' })
  whatWentWrong!: string;

  @Column({ type: 'text', default: '' })
  why!: string;

  @Column({ type: 'text', name: 'what_was_learnt', default: '' })
  whatWasLearnt!: string;

  /** 'yes', 'no' or 'unknown'. */
  @Column({ type: 'text', name: 'can_recur', default: 'unknown' })
  canRecur!: string;

  @Column({ type: 'text', default: '' })
  prevention!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** An uploaded spreadsheet of historical registrations and how its import went. */
@Entity({ name: 'import_job' })
export class ImportJob {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

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
