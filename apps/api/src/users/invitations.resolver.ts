import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../access/access.decorators';
import { DEVICE_COOKIE } from '../auth/auth.service';
import { RequestContext } from '../graphql/request-context';
import { assertId } from '../common/id-arg';
import { orgUnitLoaders } from '../org-units/org-unit.loaders';
import { OrgUnitType } from '../org-units/org-unit.types';
import { InvitationsService } from './invitations.service';
import { AcceptInvitationInput, InvitationPreviewType, InviteTenantUserInput, TenantInvitationType } from './users.types';

@Resolver(() => TenantInvitationType)
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Roles('tenant_admin')
  @Query(() => [TenantInvitationType], { description: 'Open invitations to this municipality, newest first' })
  tenantInvitations(@Context() ctx: RequestContext) {
    return this.invitations.list(ctx);
  }

  @Roles('tenant_admin')
  @Mutation(() => TenantInvitationType, {
    description: 'Invites an e-mail address to this municipality with these roles; the person joins by accepting the e-mailed link',
  })
  inviteTenantUser(@Args('input') input: InviteTenantUserInput, @Context() ctx: RequestContext) {
    return this.invitations.invite(ctx, input);
  }

  @Roles('tenant_admin')
  @Mutation(() => Boolean, { description: 'Withdraws an open invitation; its link stops working' })
  revokeInvitation(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.invitations.revoke(ctx, assertId(id));
  }

  @Roles('tenant_admin')
  @Mutation(() => TenantInvitationType, { description: 'E-mails an open invitation again with a new link; the earlier link stops working' })
  resendInvitation(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.invitations.resend(ctx, assertId(id));
  }

  @Public()
  @Query(() => InvitationPreviewType, { description: 'What an invitation link invites to; "not found" for a used, withdrawn or expired link' })
  invitation(@Args('token') token: string) {
    return this.invitations.preview(token);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Accepts an invitation: with the password of the address’s account, or a new one when it has none' })
  acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() ctx: RequestContext) {
    const cookies = ctx.req.cookies as Record<string, string> | undefined;
    return this.invitations.accept(input, ctx.req.ip ?? 'unknown', cookies?.[DEVICE_COOKIE]);
  }

  @ResolveField(() => [OrgUnitType])
  async orgUnits(@Parent() invitation: TenantInvitationType, @Context() ctx: RequestContext) {
    const units = await orgUnitLoaders(ctx).byId.loadMany(invitation.orgUnitIds);
    return units.filter((u) => u && !(u instanceof Error));
  }
}
