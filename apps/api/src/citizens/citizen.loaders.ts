import DataLoader from 'dataloader';
import { RequestContext } from '../graphql/request-context';
import { citizenRepository } from './citizen.repository';
import { CitizenType } from './citizen.types';

/** Request-scoped loaders for citizens behind a page of inquiries. */
export function citizenLoaders(ctx: RequestContext) {
  return ctx.loader('citizens', () => ({
    byId: new DataLoader<string, CitizenType | null>((ids) => ctx.run((em) => citizenRepository.byIds(em, ids))),
    inquiryCountOf: new DataLoader<string, number>((ids) => ctx.run((em) => citizenRepository.inquiryCounts(em, ids))),
  }));
}
