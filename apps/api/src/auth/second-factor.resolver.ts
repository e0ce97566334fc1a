import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AllowedBeforeSecondFactor, Authenticated, Roles } from '../access/access.decorators';
import { assertId } from '../common/id-arg';
import { RequestContext } from '../graphql/request-context';
import { AuthService } from './auth.service';
import { SecondFactorConfirmationType, SecondFactorSetupType } from './dto/auth.types';
import { ConfirmSecondFactorInput } from './dto/second-factor.input';
import { SecondFactorService } from './second-factor.service';

@Resolver()
export class SecondFactorResolver {
  constructor(
    private readonly secondFactor: SecondFactorService,
    private readonly auth: AuthService,
  ) {}

  @Authenticated()
  @AllowedBeforeSecondFactor()
  @Mutation(() => SecondFactorSetupType, { description: 'A new TOTP secret for the signed-in user, to confirm with its first code' })
  beginSecondFactorSetup(@Context() ctx: RequestContext): Promise<SecondFactorSetupType> {
    return this.secondFactor.beginSetup(ctx.requireAuth());
  }

  @Authenticated()
  @AllowedBeforeSecondFactor()
  @Mutation(() => SecondFactorConfirmationType, {
    description: 'Confirms the new secret with a code from the app: the second factor is on; returns the recovery codes (once) and a full session',
  })
  async confirmSecondFactorSetup(@Args('input') input: ConfirmSecondFactorInput, @Context() ctx: RequestContext): Promise<SecondFactorConfirmationType> {
    const claims = ctx.requireAuth();
    const recoveryCodes = await this.secondFactor.confirmSetup(claims, input.code);
    return { recoveryCodes, session: await this.auth.renewAfterSecondFactorSetup(claims, ctx.req, ctx.res) };
  }

  @Roles('tenant_admin')
  @Mutation(() => Boolean, { description: "Removes a member's second factor (a lost phone); they set a new one up at their next login. Audited" })
  resetSecondFactor(@Args('userId', { type: () => ID }) userId: string, @Context() ctx: RequestContext): Promise<boolean> {
    return this.secondFactor.reset(ctx, assertId(userId, 'userId'));
  }
}
