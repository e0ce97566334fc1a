import DataLoader from 'dataloader';
import { RequestContext } from '../graphql/request-context';
import { LEARNING_ENTRY_COLUMNS } from './learning.service';
import { LearningEntryType } from './learning.types';

/** Learning entries per complaint, oldest first, one query per request. */
export function learningLoaders(ctx: RequestContext) {
  return ctx.loader('learningEntries', () => ({
    entriesOf: new DataLoader<string, LearningEntryType[]>((ids) =>
      ctx.run(async (em) => {
        const rows = await em.query<LearningEntryType[]>(
          `SELECT ${LEARNING_ENTRY_COLUMNS} FROM learning_entry e WHERE e.inquiry_id = ANY($1::uuid[]) ORDER BY e.created_at, e.id`,
          [ids],
        );
        const groups = new Map<string, LearningEntryType[]>();
        for (const row of rows) groups.set(row.inquiryId, [...(groups.get(row.inquiryId) ?? []), row]);
        return ids.map((id) => groups.get(id) ?? []);
      }),
    ),
  }));
}
