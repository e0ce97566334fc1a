import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TenantOwned } from './tenant-owned';

/** A department's decided cases in a year, so the report can show inquiries per 1,000 decided cases. */
@Entity({ name: 'decided_case_volume' })
export class DecidedCaseVolume extends TenantOwned {
  @PrimaryColumn({ type: 'uuid', name: 'org_unit_id' })
  orgUnitId!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int', name: 'decided_cases' })
  decidedCases!: number;

  @Column({ type: 'uuid', name: 'updated_by' })
  updatedBy!: string;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
