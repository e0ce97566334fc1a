import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
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
}

/** The org units a department contact answers for. */
@Entity({ name: 'membership_org_unit' })
export class MembershipOrgUnit extends TenantOwned {
  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid', name: 'org_unit_id' })
  orgUnitId!: string;
}
