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

/** A category or outcome renamed: its name before and after, and when (migration 0051, written by a trigger). */
@Entity({ name: 'catalogue_rename' })
export class CatalogueRename extends TenantOwnedRecord {
  /** 'category' or 'outcome'. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'uuid', name: 'entry_id' })
  entryId!: string;

  @Column({ type: 'text', name: 'old_name' })
  oldName!: string;

  @Column({ type: 'text', name: 'new_name' })
  newName!: string;

  @Column({ type: 'timestamptz', name: 'renamed_at', default: () => 'now()' })
  renamedAt!: Date;
}
