import { qb, runQuery } from '@raadgiver/db';
import type { TenantRole } from '@raadgiver/domain';
import { BuilderDb, inTenant, unique } from './builder-db';

const DAY_MS = 24 * 60 * 60 * 1000;

class InvitationBuilder {
  private email = `invited-${unique()}@test.example`;
  private displayName = 'Inviteret Bruger';
  private roles: TenantRole[] = ['advisor'];
  private orgUnitIds: string[] = [];
  private expiresAt = new Date(Date.now() + 7 * DAY_MS);
  private tokenHash: string | null = null;
  private revoked: Date | null = null;

  constructor(
    private readonly db: BuilderDb,
    private readonly tenantId: string,
    private readonly invitedBy: string,
  ) {}

  forEmail(email: string, displayName = this.displayName): this {
    this.email = email.toLowerCase();
    this.displayName = displayName;
    return this;
  }

  asRoles(roles: TenantRole[], options: { units?: string[] } = {}): this {
    this.roles = roles;
    this.orgUnitIds = options.units ?? [];
    return this;
  }

  expiringAt(expiresAt: Date): this {
    this.expiresAt = expiresAt;
    return this;
  }

  /** The SHA-256 (hex) of the token its link carries. */
  withTokenHash(tokenHash: string): this {
    this.tokenHash = tokenHash;
    return this;
  }

  revokedAt(revokedAt: Date): this {
    this.revoked = revokedAt;
    return this;
  }

  async build(): Promise<{ id: string; email: string }> {
    const [row] = await inTenant(this.db, this.tenantId, (em) =>
      runQuery(
        em,
        qb
          .insertInto('tenant_invitation')
          .values({
            tenant_id: this.tenantId,
            email: this.email,
            display_name: this.displayName,
            roles: this.roles,
            org_unit_ids: this.orgUnitIds,
            invited_by: this.invitedBy,
            expires_at: this.expiresAt,
            token_hash: this.tokenHash,
            revoked_at: this.revoked,
          })
          .returning('id'),
      ),
    );
    return { id: row.id, email: this.email };
  }
}

/** An invitation to join a tenant in roles, open for a week unless told otherwise. */
export const anInvitation = (db: BuilderDb, tenantId: string, invitedBy: string) => new InvitationBuilder(db, tenantId, invitedBy);
