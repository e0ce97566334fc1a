import { PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A row that belongs to one tenant: tenant_id is the first column of its key, and the table's forced row-level
 * security keys on it (`libs/db/src/tenancy/rls.int-spec.ts` proves every such table has it).
 */
export abstract class TenantOwned {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;
}

/** A tenant-owned row with its own generated id: the key is (tenant_id, id). */
export abstract class TenantOwnedRecord extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;
}
