import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

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

/** A municipality using the platform. */
@Entity({ name: 'tenant' })
export class Tenant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'char', length: 3, unique: true })
  kommunekode!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text', default: 'da' })
  locale!: string;

  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  settings!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** Whether the tenant's name is shown in the national benchmark (it counts in the national figures either way). */
  @Column({ type: 'boolean', name: 'benchmark_opt_in', default: false })
  benchmarkOptIn!: boolean;

  /** The benchmark peer group the operator assigned (a Danmarks Statistik municipality group), or null. */
  @Column({ type: 'text', name: 'benchmark_peer_group', nullable: true })
  benchmarkPeerGroup!: string | null;
}

/** Numbers that move with a tenant's data (triggers), so the API can keep what it derived from it: see migration 0011. */
@Entity({ name: 'tenant_version' })
export class TenantVersion {
  @PrimaryColumn({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  /** Moves with every change to the tenant's units (and their links), categories or outcomes; keys the API's catalogue cache. */
  @Column({ type: 'bigint', name: 'catalogue_version', default: 0 })
  catalogueVersion!: string;

  /** Moves with every change to the tenant's inquiries or their categories; keys the inquiry list's held totals. */
  @Column({ type: 'bigint', name: 'inquiry_version', default: 0 })
  inquiryVersion!: string;
}

/** A person who can log in. Global: one user may hold memberships in several tenants. */
@Entity({ name: 'app_user' })
export class AppUser {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique across the platform. */
  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ type: 'text', name: 'display_name' })
  displayName!: string;

  @Column({ type: 'text', name: 'password_hash', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'boolean', name: 'is_operator', default: false })
  isOperator!: boolean;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  /** Where a login starts: the first municipality the user joined; joining another later does not move it. */
  @Column({ type: 'uuid', name: 'default_tenant_id', nullable: true })
  defaultTenantId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

/** A refresh token, stored hashed. Tokens of one login form a family; reuse of a rotated one revokes the family. */
@Entity({ name: 'refresh_session' })
export class RefreshSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @Column({ type: 'uuid', name: 'family_id' })
  familyId!: string;

  /** The tenant the session is working in; not tenant-owned data, so not named tenant_id. */
  @Column({ type: 'uuid', name: 'active_tenant', nullable: true })
  activeTenant!: string | null;

  @Column({ type: 'text', name: 'token_hash', unique: true })
  tokenHash!: string;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
