import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OperatorOnly, Public, Roles } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { OidcSettingsService } from './oidc-settings.service';
import { LoginProviderType, OidcSettingsInput, OidcSettingsType, ResealResultType } from './oidc-settings.types';

@Resolver()
export class OidcSettingsResolver {
  constructor(private readonly settings: OidcSettingsService) {}

  @Roles('tenant_admin')
  @Query(() => OidcSettingsType, { nullable: true, description: "The municipality's OpenID Connect login; null before one is set up" })
  oidcSettings(@Context() ctx: RequestContext) {
    return this.settings.get(ctx);
  }

  @Roles('tenant_admin')
  @Mutation(() => OidcSettingsType, { description: "Sets the municipality's OpenID Connect login; a new client secret replaces the old one at once" })
  saveOidcSettings(@Args('input') input: OidcSettingsInput, @Context() ctx: RequestContext) {
    return this.settings.save(ctx, input);
  }

  @OperatorOnly()
  @Query(() => OidcSettingsType, { nullable: true, description: "Any municipality's OpenID Connect login, for the operator" })
  tenantOidcSettings(@Args('tenantId', { type: () => ID }) tenantId: string, @Context() ctx: RequestContext) {
    return this.settings.getFor(ctx, tenantId);
  }

  @OperatorOnly()
  @Mutation(() => OidcSettingsType, { description: "Sets any municipality's OpenID Connect login, for the operator" })
  saveTenantOidcSettings(@Args('tenantId', { type: () => ID }) tenantId: string, @Args('input') input: OidcSettingsInput, @Context() ctx: RequestContext) {
    return this.settings.saveFor(ctx, tenantId, input);
  }

  @OperatorOnly()
  @Mutation(() => ResealResultType, { description: 'After a new first key in SECRET_KEYS: seals every stored login secret again with it' })
  resealIdentityProviderSecrets(@Context() ctx: RequestContext) {
    return this.settings.resealAll(ctx);
  }

  @Public()
  @Query(() => [LoginProviderType], { description: 'The municipalities with a login of their own, for the login page' })
  loginProviders() {
    return this.settings.loginProviders();
  }

  @Public()
  @Query(() => LoginProviderType, { nullable: true, description: "The municipality whose login an e-mail address's domain belongs to" })
  loginProviderForEmail(@Args('email') email: string) {
    return this.settings.loginProviderFor(email);
  }
}
