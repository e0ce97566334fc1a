import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { TenantOwned } from './tenant-owned';

/** A user's role in a tenant. */
@Entity({ name: 'membership' })
export class Membership extends TenantOwned {
  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  role!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** When the tenant admin deactivated the membership (the same on each of its role rows); null while active. */
  @Column({ type: 'timestamptz', name: 'deactivated_at', nullable: true })
  deactivatedAt!: Date | null;

  /** When the member last logged in to (or switched to) this municipality. */
  @Column({ type: 'timestamptz', name: 'last_login_at', nullable: true })
  lastLoginAt!: Date | null;
}

/** The org units a department contact answers for. */
@Entity({ name: 'membership_org_unit' })
export class MembershipOrgUnit extends TenantOwned {
  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'org_unit_id' })
  orgUnitId!: string;
}
