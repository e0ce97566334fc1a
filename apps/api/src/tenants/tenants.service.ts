import { Injectable } from '@nestjs/common';
import { RequestContext } from '../graphql/request-context';
import { CreateTenantInput } from './tenants.types';
import { InvalidInputError, ConflictError } from '@raadgiver/domain';
import { tenantRegistry, TenantRow } from './tenant.repository';

/** The operator's registry of municipalities on the platform. */
@Injectable()
export class TenantsService {
  list(ctx: RequestContext): Promise<TenantRow[]> {
    return ctx.run((em) => tenantRegistry.list(em));
  }

  create(ctx: RequestContext, input: CreateTenantInput): Promise<TenantRow> {
    return ctx.run(async (em) => {
      if (!(await tenantRegistry.isMunicipality(em, input.kommunekode))) {
        throw InvalidInputError.of('kommunekode', 'not_a_municipality');
      }
      if (await tenantRegistry.kommunekodeTaken(em, input.kommunekode)) {
        throw new ConflictError('kommunekode', 'municipality_has_tenant');
      }
      if (await tenantRegistry.slugTaken(em, input.slug)) throw new ConflictError('slug');
      if ((input.inhabitants == null) !== (input.populationYear == null)) {
        throw InvalidInputError.of(input.inhabitants == null ? 'inhabitants' : 'populationYear', 'goes_with', { other: input.inhabitants == null ? 'populationYear' : 'inhabitants' });
      }
      const tenant = await tenantRegistry.add(em, { name: input.name, kommunekode: input.kommunekode, slug: input.slug, locale: input.locale });
      if (input.inhabitants != null && input.populationYear != null) {
        await tenantRegistry.addPopulation(em, tenant.id, input.populationYear, input.inhabitants);
      }
      return tenant;
    });
  }
}
