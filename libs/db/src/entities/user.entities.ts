import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

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

  /** A session that may only set up a second factor (migration 0056): a refresh keeps it so. */
  @Column({ type: 'boolean', name: 'second_factor_setup', default: false })
  secondFactorSetup!: boolean;
  /** The municipality whose identity provider made the session; null for a password login (migration 0057). */
  @Column({ type: 'uuid', name: 'sso_tenant', nullable: true })
  ssoTenant!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
