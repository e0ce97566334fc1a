import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwned } from './tenant-owned';

/** A municipality using the platform. */
@Entity({ name: 'tenant' })
export class Tenant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'char', length: 3, unique: true })
  kommunekode!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text', default: 'da' })
  locale!: string;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  settings!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** Whether the tenant's name is shown in the national benchmark (it counts in the national figures either way). */
  @Column({ type: 'boolean', name: 'benchmark_opt_in', default: false })
  benchmarkOptIn!: boolean;

  /** The benchmark peer group the operator assigned (a Danmarks Statistik municipality group), or null. */
  @Column({ type: 'text', name: 'benchmark_peer_group', nullable: true })
  benchmarkPeerGroup!: string | null;

  /** When the operator deactivated the municipality: its users cannot work in it until it is reactivated. */
  @Column({ type: 'timestamptz', name: 'deactivated_at', nullable: true })
  deactivatedAt!: Date | null;
}

/** Numbers that move with a tenant's data (triggers), so the API can keep what it derived from it: see migration 0011. */
@Entity({ name: 'tenant_version' })
export class TenantVersion extends TenantOwned {
  /** Moves with every change to the tenant's units (and their links), categories or outcomes; keys the API's catalogue cache. */
  @Column({ type: 'bigint', name: 'catalogue_version', default: 0 })
  catalogueVersion!: string;

  /** Moves with every change to the tenant's inquiries or their categories; keys the inquiry list's held totals. */
  @Column({ type: 'bigint', name: 'inquiry_version', default: 0 })
  inquiryVersion!: string;
}

/** Inhabitants of a tenant per year; benchmarks are per 10,000 inhabitants. */
@Entity({ name: 'tenant_population' })
export class TenantPopulation extends TenantOwned {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  inhabitants!: number;
}

/** The municipality's logo for the admin's header, re-encoded to PNG by the API (migration 0050). */
@Entity({ name: 'tenant_logo' })
export class TenantLogo extends TenantOwned {
  @Column({ type: 'bytea', select: false })
  png!: Buffer;

  @Column({ type: 'int' })
  width!: number;

  @Column({ type: 'int' })
  height!: number;

  @Column({ type: 'uuid', name: 'updated_by' })
  updatedBy!: string;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
