import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A user's TOTP secret, sealed with SECRET_KEYS (the user id as context); unconfirmed while being set up (migration 0056). */
@Entity({ name: 'user_second_factor' })
export class UserSecondFactor {
  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @Column({ type: 'text', name: 'sealed_secret' })
  sealedSecret!: string;

  /** Null until the first code was entered: only a confirmed factor is asked for at login. */
  @Column({ type: 'timestamptz', name: 'confirmed_at', nullable: true })
  confirmedAt!: Date | null;

  /** The TOTP time step last accepted; a code of it or an earlier step is refused (no replay). */
  @Column({ type: 'bigint', name: 'last_used_step', nullable: true })
  lastUsedStep!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

/** A one-time recovery code, stored as a hash; `used_at` once it was used. */
@Entity({ name: 'user_recovery_code' })
export class UserRecoveryCode {
  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @PrimaryColumn({ type: 'text', name: 'code_hash' })
  codeHash!: string;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
