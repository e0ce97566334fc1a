import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantOwnedRecord } from './tenant-owned';

/** The person behind inquiries; minimal personal data, no CPR number. */
@Entity({ name: 'citizen' })
export class Citizen extends TenantOwnedRecord {
  /** The advisor's own reference for the person, unique per tenant. */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'text', name: 'display_name' })
  displayName!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** When retention or an erasure replaced the name, contact details and reference; the row stays, pseudonymous. */
  @Column({ type: 'timestamptz', name: 'anonymised_at', nullable: true })
  anonymisedAt!: Date | null;
}
