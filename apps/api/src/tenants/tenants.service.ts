import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { INVITATION_VALID_DAYS, publishBenchmarkSnapshot } from '@raadgiver/db';
import { ConflictError, InvalidInputError, isUuid, NotFoundError, tenantNameOf, tenantSlugOf } from '@raadgiver/domain';
import { AuditService } from '../audit/audit.service';
import { SessionRevocations } from '../auth/session-revocations';
import { RequestContext } from '../graphql/request-context';
import { InvitationQueue } from '../users/invitation-queue';
import { userRepository } from '../users/user.repository';
import { tenantRegistry, TenantOverviewRow, TenantRow } from './tenant.repository';
import { CreateTenantInput, MunicipalityType, PlatformTenantType } from './tenants.types';

/** 1 January of the current year in Denmark, as YYYY-MM-DD. */
function startOfDanishYear(now = new Date()): string {
  const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(now);
  return `${year}-01-01`;
}

function toPlatformTenant(row: TenantOverviewRow): PlatformTenantType {
  const activities = [row.last_login_at, row.last_registration_at].filter((at): at is Date => at !== null);
  return {
    id: row.id, name: row.name, kommunekode: row.kommunekode, slug: row.slug,
    peerGroup: row.benchmark_peer_group as PlatformTenantType['peerGroup'],
    active: row.deactivated_at === null, deactivatedAt: row.deactivated_at,
    activeUsers: row.active_users, inquiriesThisYear: row.inquiries_since,
    lastActivityAt: activities.length > 0 ? new Date(Math.max(...activities.map((at) => at.getTime()))) : null,
  };
}

/**
 * The operator's registry of municipalities on the platform: which exist, how much each is used (counts and dates,
 * never case content), adding one with its first tenant admin, and deactivating one.
 */
@Injectable()
export class TenantsService {
  constructor(
    private readonly audit: AuditService,
    private readonly invitations: InvitationQueue,
    private readonly sessions: SessionRevocations,
  ) {}

  list(ctx: RequestContext): Promise<PlatformTenantType[]> {
    return ctx.run(async (em) => (await tenantRegistry.overview(em, startOfDanishYear())).map(toPlatformTenant));
  }

  municipalities(ctx: RequestContext): Promise<MunicipalityType[]> {
    return ctx.run(async (em) =>
      (await tenantRegistry.municipalities(em)).map((row) => ({ code: row.code, name: row.name, region: row.region, onPlatform: row.tenant_id !== null })),
    );
  }

  create(ctx: RequestContext, input: CreateTenantInput): Promise<TenantRow> {
    const { userId } = ctx.requireAuth();
    return ctx.run(async (em) => {
      const municipality = await tenantRegistry.municipality(em, input.kommunekode);
      if (!municipality) throw InvalidInputError.of('kommunekode', 'not_a_municipality');
      if (await tenantRegistry.kommunekodeTaken(em, input.kommunekode)) {
        throw new ConflictError('kommunekode', 'municipality_has_tenant');
      }
      const slug = input.slug ?? tenantSlugOf(municipality.name);
      if (await tenantRegistry.slugTaken(em, slug)) throw new ConflictError('slug');
      checkPairs(input);
      const tenant = await tenantRegistry.add(em, {
        name: input.name ?? tenantNameOf(municipality.name), kommunekode: input.kommunekode, slug, locale: input.locale, peerGroup: input.peerGroup ?? null,
      });
      await tenantRegistry.inTenant(em, tenant.id, async () => {
        if (input.inhabitants != null && input.populationYear != null) {
          await tenantRegistry.addPopulation(em, tenant.id, input.populationYear, input.inhabitants);
        }
        await this.audit.record(em, { tenantId: tenant.id, userId, action: 'tenant.created', subjectType: 'tenant', subjectId: tenant.id });
        if (input.adminEmail && input.adminName) await this.inviteFirstAdmin(ctx, em, tenant.id, userId, input.adminEmail, input.adminName);
      });
      return tenant;
    });
  }

  /**
   * A deactivated municipality's users cannot log in to it, their tokens for it are refused from now on, and it leaves
   * the public benchmark.
   */
  setActive(ctx: RequestContext, tenantId: string, active: boolean): Promise<boolean> {
    const { userId } = ctx.requireAuth();
    if (!isUuid(tenantId)) throw new NotFoundError('municipality', 'tenantId');
    return ctx.run(async (em) => {
      if (!(await tenantRegistry.setDeactivated(em, tenantId, !active))) throw new NotFoundError('municipality', 'tenantId');
      await tenantRegistry.inTenant(em, tenantId, () =>
        this.audit.record(em, { tenantId, userId, action: active ? 'tenant.reactivated' : 'tenant.deactivated', subjectType: 'tenant', subjectId: tenantId }),
      );
      // The public benchmark leaves the municipality out (or takes it back) with the same commit, not at the next refresh.
      await publishBenchmarkSnapshot(em);
      if (!active) ctx.tx.afterCommit(() => this.sessions.tenantChanged(tenantId));
      return active;
    });
  }

  /** The first tenant admin's invitation, as a tenant admin's own (InvitationsService), e-mailed after the commit. */
  private async inviteFirstAdmin(ctx: RequestContext, em: EntityManager, tenantId: string, userId: string, email: string, displayName: string): Promise<void> {
    const invitation = await userRepository.addInvitation(em, {
      email: email.toLowerCase(), displayName, roles: ['tenant_admin'], orgUnitIds: [], invitedBy: userId, validDays: INVITATION_VALID_DAYS,
    });
    await this.audit.record(em, { tenantId, userId, action: 'invitation.created', subjectType: 'invitation', subjectId: invitation.id, details: { roles: ['tenant_admin'] } });
    await this.invitations.enqueue(em, { tenantId, invitationId: invitation.id });
  }
}

/** Inhabitants go with their year, and the first admin's address with their name. */
function checkPairs(input: CreateTenantInput): void {
  const pairs = [['inhabitants', 'populationYear'], ['adminEmail', 'adminName']] as const;
  const problems = pairs.flatMap(([a, b]) => {
    const hasA = input[a] != null;
    const hasB = input[b] != null;
    if (hasA === hasB) return [];
    const missing = hasA ? b : a;
    return [{ path: missing, code: 'goes_with' as const, params: { other: hasA ? a : b } }];
  });
  if (problems.length > 0) throw new InvalidInputError(problems);
}
