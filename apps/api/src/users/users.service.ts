import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Membership, MembershipOrgUnit } from '@raadgiver/db';
import { InvalidInputError, isTenantRole, NotFoundError, TenantRole } from '@raadgiver/domain';
import { AuditService } from '../audit/audit.service';
import { SessionRevocations } from '../auth/session-revocations';
import { RequestContext } from '../graphql/request-context';
import { writeMembership } from './membership-writes';
import { TenantUserType, UpdateMembershipInput } from './users.types';

/** Users and their memberships in the current tenant. */
@Injectable()
export class UsersService {
  constructor(
    private readonly audit: AuditService,
    private readonly sessions: SessionRevocations,
  ) {}

  list(ctx: RequestContext): Promise<TenantUserType[]> {
    ctx.requireTenant();
    return ctx.run((em) => this.load(em));
  }

  update(ctx: RequestContext, input: UpdateMembershipInput): Promise<TenantUserType> {
    const { tenantId, userId: actor } = ctx.requireTenant();
    return ctx.run(async (em) => {
      if (!(await em.getRepository(Membership).countBy({ userId: input.userId }))) throw new NotFoundError('user', 'userId');
      if (input.userId === actor && !input.roles.includes('tenant_admin')) {
        throw InvalidInputError.of('roles', 'own_admin_role');
      }
      await writeMembership(em, tenantId, input.userId, input);
      await this.audit.record(em, { tenantId, userId: actor, action: 'membership.updated', subjectType: 'user', subjectId: input.userId, details: { roles: input.roles } });
      // Tokens carry the roles they were issued with: the user's current ones end with the change.
      ctx.tx.afterCommit(() => this.sessions.membershipChanged(input.userId, tenantId));
      return this.one(em, input.userId);
    });
  }

  remove(ctx: RequestContext, userId: string): Promise<boolean> {
    const { tenantId, userId: actor } = ctx.requireTenant();
    return ctx.run(async (em) => {
      if (userId === actor) throw InvalidInputError.of('userId', 'remove_self');
      if (!(await em.getRepository(Membership).countBy({ userId }))) throw new NotFoundError('user', 'userId');
      await em.getRepository(MembershipOrgUnit).delete({ tenantId, userId });
      await em.getRepository(Membership).delete({ tenantId, userId });
      await this.audit.record(em, { tenantId, userId: actor, action: 'membership.removed', subjectType: 'user', subjectId: userId });
      ctx.tx.afterCommit(() => this.sessions.membershipChanged(userId, tenantId));
      return true;
    });
  }

  private async one(em: EntityManager, userId: string): Promise<TenantUserType> {
    const [user] = await this.load(em, userId);
    if (!user) throw new NotFoundError('user', 'userId');
    return user;
  }

  private async load(em: EntityManager, userId?: string): Promise<TenantUserType[]> {
    const rows = await em.query<{ id: string; email: string; display_name: string; roles: string[]; org_unit_ids: string[] }[]>(
      `SELECT u.id, u.email, u.display_name,
              array_agg(DISTINCT m.role ORDER BY m.role) AS roles,
              coalesce(array_agg(DISTINCT mo.org_unit_id) FILTER (WHERE mo.org_unit_id IS NOT NULL), '{}') AS org_unit_ids
         FROM membership m
         JOIN app_user u ON u.id = m.user_id
         LEFT JOIN membership_org_unit mo ON mo.user_id = m.user_id AND mo.tenant_id = m.tenant_id
        WHERE m.tenant_id = app_tenant_id() AND ($1::uuid IS NULL OR u.id = $1)
        GROUP BY u.id ORDER BY u.display_name`,
      [userId ?? null],
    );
    return rows.map((r) => ({
      id: r.id, email: r.email, displayName: r.display_name,
      roles: r.roles.filter(isTenantRole) as TenantRole[], orgUnitIds: r.org_unit_ids,
    }));
  }
}
