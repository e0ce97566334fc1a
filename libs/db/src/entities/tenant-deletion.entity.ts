import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The operator's record of a municipality's deletion (migration 0060): no personal data, no tenant row. */
@Entity({ name: 'tenant_deletion' })
export class TenantDeletion {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  /** The deleted municipality's id; no foreign key, the tenant is gone. */
  @Column({ type: 'uuid', name: 'deleted_tenant' })
  deletedTenant!: string;

  @Column({ type: 'text', name: 'tenant_name' })
  tenantName!: string;

  @Column({ type: 'text' })
  kommunekode!: string;

  @Column({ type: 'uuid', name: 'deleted_by' })
  deletedBy!: string;

  @Column({ type: 'timestamptz', name: 'deleted_at', default: () => 'now()' })
  deletedAt!: Date;

  /** Rows deleted per table. */
  @Column({ type: 'jsonb', name: 'row_counts' })
  rowCounts!: Record<string, number>;

  /** The written account shown to the operator (Danish). */
  @Column({ type: 'text' })
  account!: string;
}
