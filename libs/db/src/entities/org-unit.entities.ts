import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { TenantOwned, TenantOwnedRecord } from './tenant-owned';

/** A node of the tenant's department tree (center, department, area). */
@Entity({ name: 'org_unit' })
export class OrgUnit extends TenantOwnedRecord {
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

  /** The tenant admin's note on the unit (at most 500 characters). */
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}

/** What happened to an org unit, in order: the history shown in the admin. */
@Entity({ name: 'org_unit_event' })
export class OrgUnitEvent extends TenantOwnedRecord {
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
export class OrgUnitLink extends TenantOwned {
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
