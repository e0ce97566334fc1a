import { Column, CreateDateColumn, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A row that belongs to one tenant: tenant_id is the first column of its key, and the table's forced row-level
 * security keys on it (`libs/db/src/tenancy/rls.int-spec.ts` proves every such table has it).
 */
export abstract class TenantOwned {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;
}

/** A municipality's settings row (one per tenant): who changed it last and when. */
export abstract class TenantOwnedSettings extends TenantOwned {
  @Column({ type: 'uuid', name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

/** A tenant-owned row with its own generated id: the key is (tenant_id, id). */
export abstract class TenantOwnedRecord extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;
}

/**
 * A numbered generation of a report's documents (the report's own, its follow-up note's): made by a worker job,
 * with its progress and, when it failed, why. The key is (tenant_id, report_id, version).
 */
export abstract class ReportDocumentVersion extends TenantOwned {
  @PrimaryColumn({ type: 'uuid', name: 'report_id' })
  reportId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  /** 'generating', 'ready' or 'failed'. */
  @Column({ type: 'text', default: 'generating' })
  status!: string;

  /** Per cent of the generation done (0–100), for the admin's progress bar. */
  @Column({ type: 'int', default: 0 })
  progress!: number;

  /** Why the generation failed, when it did. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
