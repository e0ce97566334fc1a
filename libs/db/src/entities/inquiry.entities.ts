import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TenantOwned, TenantOwnedRecord } from './tenant-owned';

/** One registered problem a citizen brought to the advisor. */
@Entity({ name: 'inquiry' })
export class Inquiry extends TenantOwnedRecord {
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'date', name: 'received_on' })
  receivedOn!: string;

  @Column({ type: 'text' })
  channel!: string;

  @Column({ type: 'uuid', name: 'citizen_id' })
  citizenId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'uuid', name: 'org_unit_id', nullable: true })
  orgUnitId!: string | null;

  @Column({ type: 'uuid', name: 'outcome_id', nullable: true })
  outcomeId!: string | null;

  /** Set when this is a follow-up case (følgesag) of an earlier inquiry. */
  @Column({ type: 'uuid', name: 'main_inquiry_id', nullable: true })
  mainInquiryId!: string | null;

  @Column({ type: 'date', name: 'first_contact_on', nullable: true })
  firstContactOn!: string | null;

  @Column({ type: 'date', name: 'closed_on', nullable: true })
  closedOn!: string | null;

  @Column({ type: 'text', default: 'open' })
  status!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** When retention or an erasure removed the inquiry's personal data (its statistical fields stay). */
  @Column({ type: 'timestamptz', name: 'anonymised_at', nullable: true })
  anonymisedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

@Entity({ name: 'inquiry_category' })
export class InquiryCategory extends TenantOwned {
  @PrimaryColumn({ type: 'uuid', name: 'inquiry_id' })
  inquiryId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'category_id' })
  categoryId!: string;
}
