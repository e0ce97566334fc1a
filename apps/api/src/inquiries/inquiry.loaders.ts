import DataLoader from 'dataloader';
import { catalogueRepository } from '../catalog/catalogue.repository';
import { CategoryType, OutcomeType } from '../catalog/catalog.types';
import { RequestContext } from '../graphql/request-context';
import { inquiryRepository } from './inquiry.repository';
import { InquiryRow } from './inquiry.rows';

/** Request-scoped loaders for an inquiry's relations: one query per relation and page. */
export function inquiryLoaders(ctx: RequestContext) {
  return ctx.loader('inquiries', () => ({
    byId: new DataLoader<string, InquiryRow | null>((ids) => ctx.run((em) => inquiryRepository.byIds(em, ids))),
    followUpsOf: new DataLoader<string, InquiryRow[]>((ids) => ctx.run((em) => inquiryRepository.followUpsOf(em, ids))),
    categoriesOf: new DataLoader<string, CategoryType[]>((ids) => ctx.run((em) => inquiryRepository.categoriesOf(em, ids))),
    outcomeById: new DataLoader<string, OutcomeType | null>((ids) => ctx.run((em) => catalogueRepository.byIds(em, 'outcome', ids))),
  }));
}
