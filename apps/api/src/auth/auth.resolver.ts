import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowedBeforeSecondFactor, Authenticated, Public } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { AuthService, VerifiedUser } from './auth.service';
import { AuthPayloadType, LoginResultType, MeType } from './dto/auth.types';
import { LoginInput } from './dto/login.input';
import { SecondFactorLoginInput } from './dto/second-factor.input';
import { LoginGuard } from './login.guard';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LoginGuard)
  @Mutation(() => LoginResultType, {
    description: 'Log in with e-mail and password; sets the refresh cookie, or, for a user with a second factor, returns the challenge its code answers',
  })
  login(@Args('input') _input: LoginInput, @Context() ctx: RequestContext): Promise<LoginResultType> {
    const verified = (ctx.req as unknown as { login: VerifiedUser }).login;
    return this.auth.passwordLogin(verified, ctx.res);
  }

  @Public()
  @Mutation(() => AuthPayloadType, { description: "The second step of a login: the second factor's code (or a recovery code) for the challenge; sets the refresh cookie" })
  completeSecondFactorLogin(@Args('input') input: SecondFactorLoginInput, @Context() ctx: RequestContext): Promise<AuthPayloadType> {
    return this.auth.completeSecondFactorLogin(input.challenge, input.code, ctx.req, ctx.res);
  }

  @Public()
  @Mutation(() => AuthPayloadType, { description: 'A new access token from the refresh cookie; the cookie is rotated' })
  refresh(@Context() ctx: RequestContext): Promise<AuthPayloadType> {
    return this.auth.refresh(ctx.req, ctx.res);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session family of the refresh cookie' })
  logout(@Context() ctx: RequestContext): Promise<boolean> {
    return this.auth.logout(ctx.req, ctx.res, ctx.req.user);
  }

  @Authenticated()
  @Mutation(() => AuthPayloadType, { description: 'Work in another municipality the user is a member of' })
  switchTenant(@Args('tenantId', { type: () => ID }) tenantId: string, @Context() ctx: RequestContext): Promise<AuthPayloadType> {
    return this.auth.switchTenant(ctx.requireAuth(), tenantId, ctx.req, ctx.res);
  }

  @Authenticated()
  @AllowedBeforeSecondFactor()
  @Query(() => MeType)
  me(@Context() ctx: RequestContext): Promise<MeType> {
    return this.auth.me(ctx);
  }
}
