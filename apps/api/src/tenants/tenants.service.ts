import { Injectable } from '@nestjs/common';
import { Municipality, Tenant, TenantPopulation } from '@raadgiver/db';
import { RequestContext } from '../graphql/request-context';
import { CreateTenantInput } from './tenants.types';
import { InvalidInputError, ConflictError } from '@raadgiver/domain';

/** The operator's registry of municipalities on the platform. */
@Injectable()
export class TenantsService {
  list(ctx: RequestContext): Promise<Tenant[]> {
    return ctx.run((em) => em.getRepository(Tenant).find({ order: { name: 'ASC' } }));
  }

  create(ctx: RequestContext, input: CreateTenantInput): Promise<Tenant> {
    return ctx.run(async (em) => {
      if (!(await em.getRepository(Municipality).existsBy({ code: input.kommunekode }))) {
        throw InvalidInputError.of('kommunekode', 'not_a_municipality');
      }
      if (await em.getRepository(Tenant).existsBy({ kommunekode: input.kommunekode })) {
        throw new ConflictError('kommunekode', 'municipality_has_tenant');
      }
      if (await em.getRepository(Tenant).existsBy({ slug: input.slug })) throw new ConflictError('slug');
      if ((input.inhabitants == null) !== (input.populationYear == null)) {
        throw InvalidInputError.of(input.inhabitants == null ? 'inhabitants' : 'populationYear', 'goes_with', { other: input.inhabitants == null ? 'populationYear' : 'inhabitants' });
      }
      const tenant = await em.getRepository(Tenant).save(
        em.getRepository(Tenant).create({ name: input.name, kommunekode: input.kommunekode, slug: input.slug, locale: input.locale, settings: {} }),
      );
      if (input.inhabitants != null && input.populationYear != null) {
        // The population row belongs to the new tenant: write it in that tenant's context.
        await em.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant.id]);
        await em.getRepository(TenantPopulation).insert({ tenantId: tenant.id, year: input.populationYear, inhabitants: input.inhabitants });
        await em.query(`SELECT set_config('app.tenant_id', '', true)`);
      }
      return tenant;
    });
  }
}
