import DataLoader from 'dataloader';
import { RequestContext } from '../graphql/request-context';
import { learningRepository } from './learning.repository';
import { LearningEntryType } from './learning.types';

/** Learning entries per complaint, oldest first, one query per request. */
export function learningLoaders(ctx: RequestContext) {
  return ctx.loader('learningEntries', () => ({
    entriesOf: new DataLoader<string, LearningEntryType[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await learningRepository.entriesOf(em, ids);
        const groups = new Map<string, LearningEntryType[]>();
        for (const row of rows) groups.set(row.inquiryId, [...(groups.get(row.inquiryId) ?? []), row]);
        return ids.map((id) => groups.get(id) ?? []);
      }),
    ),
  }));
}
