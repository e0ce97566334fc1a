import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../access/access.decorators';
import { RequestContext } from '../../graphql/request-context';
import { SamlProviderService } from './saml-provider.service';
import { SamlProviderInput, SamlProviderType } from './saml-provider.types';

@Resolver()
export class SamlProviderResolver {
  constructor(private readonly providers: SamlProviderService) {}

  @Roles('tenant_admin')
  @Query(() => SamlProviderType, { nullable: true, description: "The municipality's SAML login settings; null when it has none" })
  samlProvider(@Context() ctx: RequestContext) {
    return this.providers.get(ctx);
  }

  @Roles('tenant_admin')
  @Mutation(() => SamlProviderType, { description: "Sets the municipality's login to SAML 2.0 (replacing an OpenID Connect provider)" })
  setSamlProvider(@Args('input') input: SamlProviderInput, @Context() ctx: RequestContext) {
    return this.providers.set(ctx, input);
  }
}
