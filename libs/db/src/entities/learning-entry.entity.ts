import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { TenantOwnedRecord } from './tenant-owned';

/** A department's note on a complaint (læringsvæg): what went wrong, why, what was learnt. */
@Entity({ name: 'learning_entry' })
export class LearningEntry extends TenantOwnedRecord {
  @Column({ type: 'uuid', name: 'inquiry_id' })
  inquiryId!: string;

  @Column({ type: 'uuid', name: 'org_unit_id' })
  orgUnitId!: string;

  @Column({ type: 'uuid', name: 'author_id' })
  authorId!: string;

  @Column({ type: 'text', name: 'what_went_wrong' })
  whatWentWrong!: string;

  @Column({ type: 'text', default: '' })
  why!: string;

  @Column({ type: 'text', name: 'what_was_learnt', default: '' })
  whatWasLearnt!: string;

  /** 'yes', 'no' or 'unknown'. */
  @Column({ type: 'text', name: 'can_recur', default: 'unknown' })
  canRecur!: string;

  @Column({ type: 'text', default: '' })
  prevention!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
