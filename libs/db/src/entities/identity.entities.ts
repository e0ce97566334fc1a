import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { TenantOwned, TenantOwnedSettings } from './tenant-owned';

/** A municipality's own login, OpenID Connect or SAML 2.0 (migration 0054). The secret is sealed (SecretBox). */
@Entity({ name: 'tenant_identity_provider' })
export class TenantIdentityProvider extends TenantOwnedSettings {
  /** 'oidc' or 'saml'. */
  @Column({ type: 'text' })
  kind!: string;

  /** What is not secret: issuer and client id, or the IdP's entity id, endpoint, certificates and privilege map. */
  @Column({ type: 'jsonb', default: () => "'{}'::jsonb" })
  config!: Record<string, unknown>;

  /** The OIDC client secret or the SAML SP's private key, sealed with SECRET_KEYS; never returned by the API. */
  @Column({ type: 'text', name: 'sealed_secret', nullable: true })
  sealedSecret!: string | null;

  /** E-mail domains the login page recognises as this municipality's. */
  @Column({ type: 'text', name: 'email_domains', array: true, default: () => "'{}'" })
  emailDomains!: string[];

  /** Members log in through the provider only (the operator's own login stays password-based). */
  @Column({ type: 'boolean', name: 'sso_required', default: false })
  ssoRequired!: boolean;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;
}

/** A person's identity at a municipality's provider: (issuer, subject), never an e-mail claim. */
@Entity({ name: 'user_identity' })
export class UserIdentity extends TenantOwned {
  @PrimaryColumn({ type: 'text' })
  issuer!: string;

  @PrimaryColumn({ type: 'text' })
  subject!: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'last_login_at', nullable: true })
  lastLoginAt!: Date | null;
}
