import { Injectable } from '@nestjs/common';
import { NotFoundError, todayIso } from '@raadgiver/domain';
import { citizenLoaders } from '../citizens/citizen.loaders';
import { RequestContext } from '../graphql/request-context';
import { orgUnitLoaders } from '../org-units/org-unit.loaders';
import { OrgUnitType } from '../org-units/org-unit.types';
import { ResponseTargetsService } from '../settings/response-targets.service';
import { inquiryLoaders } from './inquiry.loaders';
import { inquiryOf, InquiryRow } from './inquiry.rows';
import { InquiryType } from './inquiry.types';

/** Fills stored inquiries with their relations through the request's DataLoaders: one query per relation, however many rows. */
@Injectable()
export class InquiryHydration {
  constructor(private readonly targets: ResponseTargetsService) {}

  async hydrate(ctx: RequestContext, rows: InquiryRow[]): Promise<InquiryType[]> {
    const { categoriesOf, outcomeById } = inquiryLoaders(ctx);
    const [targets, citizens, units, categories, outcomes] = await Promise.all([
      this.targets.get(ctx),
      citizenLoaders(ctx).byId.loadMany(rows.map((r) => r.citizenId)),
      Promise.all(rows.map((r) => (r.orgUnitId ? orgUnitLoaders(ctx).byId.load(r.orgUnitId) : null))),
      categoriesOf.loadMany(rows.map((r) => r.id)),
      Promise.all(rows.map((r) => (r.outcomeId ? outcomeById.load(r.outcomeId) : null))),
    ]);
    const today = todayIso();
    return rows.map((row, i) => {
      const citizen = citizens[i];
      // A load that failed (the database away, say) is that failure, not a citizen or categories that are missing.
      if (citizen instanceof Error) throw citizen;
      if (!citizen) throw new NotFoundError('citizen', 'citizen');
      const rowCategories = categories[i];
      if (rowCategories instanceof Error) throw rowCategories;
      return inquiryOf(
        row,
        {
          citizen,
          orgUnit: (units[i] as OrgUnitType | null) ?? null,
          categories: rowCategories,
          outcome: outcomes[i] ?? null,
        },
        targets,
        today,
      );
    });
  }

  async one(ctx: RequestContext, row: InquiryRow): Promise<InquiryType> {
    const [inquiry] = await this.hydrate(ctx, [row]);
    return inquiry;
  }
}
