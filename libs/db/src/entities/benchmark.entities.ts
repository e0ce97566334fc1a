import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TenantOwned, TenantOwnedRecord } from './tenant-owned';

/** A tenant's aggregate of one period, precomputed by the worker: counts and medians only, no personal data. */
@Entity({ name: 'benchmark_period' })
export class BenchmarkPeriod extends TenantOwned {
  @PrimaryColumn({ type: 'date', name: 'period_from' })
  periodFrom!: string;

  @PrimaryColumn({ type: 'date', name: 'period_to' })
  periodTo!: string;

  /** 'year' or 'report'. */
  @Column({ type: 'text', name: 'period_kind' })
  periodKind!: string;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  registrations!: number;

  @Column({ type: 'int', name: 'distinct_citizens' })
  distinctCitizens!: number;

  @Column({ type: 'int' })
  complaints!: number;

  @Column({ type: 'int', name: 'first_contact_count' })
  firstContactCount!: number;

  @Column({ type: 'numeric', name: 'first_contact_median_days', nullable: true })
  firstContactMedianDays!: string | null;

  @Column({ type: 'int', name: 'closed_count' })
  closedCount!: number;

  @Column({ type: 'numeric', name: 'close_median_days', nullable: true })
  closeMedianDays!: string | null;

  @Column({ type: 'int', name: 'taxonomy_version' })
  taxonomyVersion!: number;

  /** Why the period's figures are not fully comparable: 'mapping_changed', 'units_changed', 'partial_year'; empty when they are. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  comparability!: string[];

  @Column({ type: 'timestamptz', name: 'refreshed_at', default: () => 'now()' })
  refreshedAt!: Date;
}

/**
 * A category's or outcome's national code, or a unit's department area, changed: before and after, and when
 * (migration 0053, written by a trigger). A change in a year makes the tenant's benchmark figures of it not fully comparable.
 */
@Entity({ name: 'national_mapping_change' })
export class NationalMappingChange extends TenantOwnedRecord {
  /** 'category', 'outcome' or 'department_area'. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'uuid', name: 'entry_id' })
  entryId!: string;

  @Column({ type: 'text', name: 'old_code', nullable: true })
  oldCode!: string | null;

  @Column({ type: 'text', name: 'new_code', nullable: true })
  newCode!: string | null;

  @Column({ type: 'timestamptz', name: 'changed_at', default: () => 'now()' })
  changedAt!: Date;
}

/** Registrations of a benchmark period per kind, national category, national outcome or department area. */
@Entity({ name: 'benchmark_count' })
export class BenchmarkCount extends TenantOwned {
  @PrimaryColumn({ type: 'date', name: 'period_from' })
  periodFrom!: string;

  @PrimaryColumn({ type: 'date', name: 'period_to' })
  periodTo!: string;

  /** 'kind', 'category', 'outcome' or 'area'. */
  @PrimaryColumn({ type: 'text' })
  dimension!: string;

  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'int' })
  registrations!: number;

  @Column({ type: 'int', name: 'decided_cases', nullable: true })
  decidedCases!: number | null;
}

/** A tenant's public comment on its benchmark figures of a year. */
@Entity({ name: 'benchmark_comment' })
export class BenchmarkComment extends TenantOwned {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid', name: 'written_by' })
  writtenBy!: string;

  @Column({ type: 'timestamptz', name: 'written_at', default: () => 'now()' })
  writtenAt!: Date;
}

/**
 * The published benchmark of a year, built once per version of the aggregates (not tenant-owned: the public build,
 * already suppressed). Written only through benchmark_snapshot_publish; read with SQL beside the benchmark.
 */
@Entity({ name: 'benchmark_snapshot' })
export class BenchmarkSnapshot {
  @PrimaryColumn({ type: 'text' })
  version!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  /** 'public'. */
  @PrimaryColumn({ type: 'text' })
  scope!: string;

  /** The public benchmark of the year as JSON. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
