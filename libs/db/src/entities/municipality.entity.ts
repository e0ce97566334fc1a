import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The 98 Danish municipalities (reference data, read-only for the app). */
@Entity({ name: 'municipality' })
export class Municipality {
  @PrimaryColumn({ type: 'char', length: 3 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  region!: string;
}
