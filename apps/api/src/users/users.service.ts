import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InvalidInputError, isTenantRole, NotFoundError, TenantRole } from '@raadgiver/domain';
import { AuditService } from '../audit/audit.service';
import { SessionRevocations } from '../auth/session-revocations';
import { RequestContext } from '../graphql/request-context';
import { identityProviderRepository } from '../sso/identity-provider.repository';
import { writeMembership } from './membership-writes';
import { userRepository } from './user.repository';
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
      // A member, or a person waiting for access after logging in through the municipality's own login.
      const known = (await userRepository.hasMembership(em, input.userId)) || (await identityProviderRepository.hasIdentity(em, input.userId));
      if (!known) throw new NotFoundError('user', 'userId');
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
      if (!(await userRepository.hasMembership(em, userId))) throw new NotFoundError('user', 'userId');
      await userRepository.removeMembership(em, tenantId, userId);
      await this.audit.record(em, { tenantId, userId: actor, action: 'membership.removed', subjectType: 'user', subjectId: userId });
      ctx.tx.afterCommit(() => this.sessions.membershipChanged(userId, tenantId));
      return true;
    });
  }

  /** Deactivates or reactivates the user's membership; a deactivated member's tokens for this municipality end at once. */
  setActive(ctx: RequestContext, userId: string, active: boolean): Promise<TenantUserType> {
    const { tenantId, userId: actor } = ctx.requireTenant();
    return ctx.run(async (em) => {
      if (userId === actor && !active) throw InvalidInputError.of('userId', 'deactivate_self');
      if (!(await userRepository.isMember(em, userId))) throw new NotFoundError('user', 'userId');
      await userRepository.setDeactivated(em, userId, !active);
      await this.audit.record(em, {
        tenantId, userId: actor, action: active ? 'membership.reactivated' : 'membership.deactivated', subjectType: 'user', subjectId: userId,
      });
      ctx.tx.afterCommit(() => this.sessions.membershipChanged(userId, tenantId));
      return this.one(em, userId);
    });
  }

  private async one(em: EntityManager, userId: string): Promise<TenantUserType> {
    const [user] = await this.load(em, userId);
    if (!user) throw new NotFoundError('user', 'userId');
    return user;
  }

  private async load(em: EntityManager, userId?: string): Promise<TenantUserType[]> {
    const rows = await userRepository.tenantUsers(em, userId ?? null);
    const members: TenantUserType[] = rows.map((r) => ({
      id: r.id, email: r.email, displayName: r.display_name,
      roles: r.roles.filter(isTenantRole) as TenantRole[], orgUnitIds: r.org_unit_ids,
      active: r.deactivated_at === null, lastLoginAt: r.last_login_at, hasSecondFactor: r.has_second_factor, awaitingAccess: false,
    }));
    const waiting: TenantUserType[] = (await identityProviderRepository.awaitingAccess(em))
      .filter((r) => userId === undefined || r.id === userId)
      .map((r) => ({ id: r.id, email: r.email, displayName: r.display_name, roles: [], orgUnitIds: [], active: true, lastLoginAt: r.last_login_at, hasSecondFactor: false, awaitingAccess: true }));
    return [...waiting, ...members];
  }
}
