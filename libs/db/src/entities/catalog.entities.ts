import { Column, Entity } from 'typeorm';
import { TenantOwnedRecord } from './tenant-owned';

abstract class TenantCatalogEntry extends TenantOwnedRecord {
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
