import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A version of the operator's national taxonomy; the newest is current. Read and written with SQL beside this. */
@Entity({ name: 'national_taxonomy_version' })
export class NationalTaxonomyVersion {
  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}

/** One national code of a taxonomy version: a category, an outcome or a department area. */
@Entity({ name: 'national_taxonomy_entry' })
export class NationalTaxonomyEntry {
  @PrimaryColumn({ type: 'int' })
  version!: number;

  /** 'category', 'outcome' or 'department_area'. */
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text', name: 'name_da' })
  nameDa!: string;

  @Column({ type: 'text', name: 'name_en' })
  nameEn!: string;

  @Column({ type: 'int', name: 'sort_order', default: 0 })
  sortOrder!: number;
}
