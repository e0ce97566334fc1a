import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword, inContext, INVITATION_VALID_DAYS, invitationSecretHash, InvitationToken, parseInvitationToken, verifyPassword } from '@raadgiver/db';
import { ConflictError, ForbiddenError, InvalidInputError, isTenantRole, NotFoundError, TenantRole } from '@raadgiver/domain';
import { AuditService } from '../audit/audit.service';
import { authRepository } from '../auth/auth.repository';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { RequestContext } from '../graphql/request-context';
import { identityProviderRepository } from '../sso/identity-provider.repository';
import { loginPath } from '../sso/oidc-settings.service';
import { InvitationQueue } from './invitation-queue';
import { checkedGrant, writeMembership } from './membership-writes';
import { InvitationRow, userRepository } from './user.repository';
import { AcceptInvitationInput, InvitationPreviewType, InviteTenantUserInput, TenantInvitationType } from './users.types';

function toType(row: InvitationRow): TenantInvitationType {
  return {
    id: row.id, email: row.email, displayName: row.display_name, roles: row.roles.filter(isTenantRole) as TenantRole[],
    orgUnitIds: row.org_unit_ids, createdAt: row.created_at, expiresAt: row.expires_at, sentAt: row.sent_at,
  };
}

/**
 * Adding a person to a municipality. A tenant admin invites an e-mail address; nothing about accounts outside the
 * tenant is read for it, so the answer is the same whether the address is new or belongs to someone working for
 * another municipality. The person joins by accepting with the link e-mailed to that address (InvitationSender in the
 * worker), with their password (or a new one when the address has none), and their default municipality stays.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly queue: InvitationQueue,
    private readonly throttle: LoginThrottleService,
  ) {}

  list(ctx: RequestContext): Promise<TenantInvitationType[]> {
    ctx.requireTenant();
    return ctx.run(async (em) => (await userRepository.openInvitations(em)).map(toType));
  }

  invite(ctx: RequestContext, input: InviteTenantUserInput): Promise<TenantInvitationType> {
    ctx.requireTenant();
    const email = input.email.trim().toLowerCase();
    return ctx.run(async (em) => {
      const { roles, orgUnitIds } = await checkedGrant(em, input);
      // The tenant's own members only (RLS shows no one else): they are changed with updateMembership instead; but a
      // member not yet linked to the municipality's own login is invited to link their account by logging in with it.
      if ((await userRepository.isMemberByEmail(em, email)) && !(await this.linksToOwnLogin(em, email))) throw new ConflictError('email', 'already_member');
      return this.send(ctx, em, { email, displayName: input.displayName.trim(), roles, orgUnitIds }, 'invitation.created');
    });
  }

  /** Sends an open invitation again: a new link (the old one stops working), valid for the full period from now. */
  resend(ctx: RequestContext, id: string): Promise<TenantInvitationType> {
    ctx.requireTenant();
    return ctx.run(async (em) => {
      const open = await userRepository.openInvitationById(em, id);
      if (!open) throw new NotFoundError('invitation', 'id');
      const grant = { email: open.email, displayName: open.display_name, roles: open.roles, orgUnitIds: open.org_unit_ids };
      return this.send(ctx, em, grant, 'invitation.resent');
    });
  }

  /** A new invitation, replacing the address's open one (and voiding its link), e-mailed after the commit. */
  private async send(
    ctx: RequestContext,
    em: EntityManager,
    grant: { email: string; displayName: string; roles: string[]; orgUnitIds: string[] },
    action: 'invitation.created' | 'invitation.resent',
  ): Promise<TenantInvitationType> {
    const { tenantId, userId: actor } = ctx.requireTenant();
    await userRepository.revokeOpenTo(em, grant.email);
    const row = await userRepository.addInvitation(em, { ...grant, invitedBy: actor, validDays: INVITATION_VALID_DAYS });
    await this.audit.record(em, { tenantId, userId: actor, action, subjectType: 'invitation', subjectId: row.id, details: { roles: grant.roles } });
    await this.queue.enqueue(em, { tenantId, invitationId: row.id });
    return toType(row);
  }

  revoke(ctx: RequestContext, id: string): Promise<boolean> {
    const { tenantId, userId: actor } = ctx.requireTenant();
    return ctx.run(async (em) => {
      if (!(await userRepository.revokeInvitation(em, id))) throw new NotFoundError('invitation', 'id');
      await this.audit.record(em, { tenantId, userId: actor, action: 'invitation.revoked', subjectType: 'invitation', subjectId: id });
      return true;
    });
  }

  /** What the link's holder (the invited address's owner) is invited to. */
  async preview(tokenText: string): Promise<InvitationPreviewType> {
    const token = this.parse(tokenText);
    const found = await inContext(this.dataSource, { tenantId: token.tenantId, userId: null }, (em) => this.openInvitation(em, token, false));
    const account = await this.account(found.invitation.email);
    const sso = await this.ssoRequiredLogin(token.tenantId);
    return {
      municipalityName: found.municipalityName, email: found.invitation.email, roles: toType(found.invitation).roles,
      expiresAt: found.invitation.expires_at, choosesPassword: !account?.password_hash, ssoLoginPath: sso,
    };
  }

  /**
   * Joins the invitation's municipality. An address with an account proves it with the account's password (throttled
   * like a login); one without gets an account with the password chosen here. Either way the person's default
   * municipality (where a login starts) stays where it was.
   */
  async accept(input: AcceptInvitationInput, ip: string, deviceCookie: string | undefined): Promise<boolean> {
    const token = this.parse(input.token);
    const { invitation } = await inContext(this.dataSource, { tenantId: token.tenantId, userId: null }, (em) => this.openInvitation(em, token, false));
    // An invitation to a municipality that requires its own login is accepted by logging in through it.
    if (await this.ssoRequiredLogin(token.tenantId)) throw new ForbiddenError('invitation_needs_sso');
    const account = await this.account(invitation.email);
    if (account?.disabled) throw new ForbiddenError('account_disabled');
    if (account?.password_hash) {
      await this.throttle.assertAllowed(invitation.email, ip, deviceCookie);
      if (!(await verifyPassword(account.password_hash, input.password))) {
        await this.throttle.recordFailure(invitation.email, ip, deviceCookie);
        throw InvalidInputError.of('password', 'wrong_account_password');
      }
      await this.throttle.recordSuccess(invitation.email, deviceCookie);
    }
    const userId = account?.id ?? randomUUID();
    const passwordHash = account?.password_hash ? null : await hashPassword(input.password);
    await inContext(this.dataSource, { tenantId: token.tenantId, userId }, async (em) => {
      const { invitation: locked } = await this.openInvitation(em, token, true);
      if (!account) {
        await userRepository.addUser(em, { id: userId, email: locked.email, displayName: locked.display_name, passwordHash });
      } else if (passwordHash) {
        await userRepository.setPassword(em, userId, passwordHash);
      }
      if (await userRepository.isMember(em, userId)) throw new ConflictError('token', 'you_are_member');
      await userRepository.keepDefaultTenant(em, userId);
      await writeMembership(em, token.tenantId, userId, { roles: locked.roles.filter(isTenantRole) as TenantRole[], orgUnitIds: locked.org_unit_ids });
      await userRepository.markAccepted(em, locked.id, userId);
      await this.audit.record(em, { tenantId: token.tenantId, userId, action: 'invitation.accepted', subjectType: 'invitation', subjectId: locked.id, details: { roles: locked.roles } });
    });
    return true;
  }

  private parse(tokenText: string): InvitationToken {
    const token = parseInvitationToken(tokenText.trim());
    if (!token) throw new NotFoundError('invitation', 'token');
    return token;
  }

  /** The open invitation the token's secret belongs to; "not found" for a wrong, used, revoked or expired link alike. */
  private async openInvitation(em: EntityManager, token: InvitationToken, lock: boolean): Promise<{ invitation: InvitationRow; municipalityName: string }> {
    const row = await userRepository.openInvitation(em, token.invitationId, invitationSecretHash(token.secret), lock);
    if (!row) throw new NotFoundError('invitation', 'token');
    return { invitation: row, municipalityName: row.municipality_name };
  }

  /** Whether the municipality has its own login and the address's account is not yet linked to it. */
  private async linksToOwnLogin(em: EntityManager, email: string): Promise<boolean> {
    const provider = await identityProviderRepository.provider(em);
    return Boolean(provider?.enabled) && !(await identityProviderRepository.hasIdentityByEmail(em, email));
  }

  /** The municipality's own login when it requires it; null when a password will do. */
  private async ssoRequiredLogin(tenantId: string): Promise<string | null> {
    const provider = (await authRepository.loginProviders(this.dataSource)).find((p) => p.tenant_id === tenantId && p.sso_required);
    return provider ? loginPath(provider.kind, provider.slug) : null;
  }

  private account(email: string) {
    return authRepository.credentials(this.dataSource, email);
  }
}
