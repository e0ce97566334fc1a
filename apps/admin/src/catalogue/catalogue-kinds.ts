import {
  CreateCategoryMutation,
  CreateOutcomeMutation,
  ReorderCategoriesMutation,
  ReorderOutcomesMutation,
  UpdateCategoryMutation,
  UpdateOutcomeMutation,
} from './catalogue.operations';

/** Klagetyper and udfald: two catalogues of the same shape, each with its own page and mutations. */
export type CatalogueKind = 'category' | 'outcome';

export interface CatalogueEntry {
  id: string;
  name: string;
  nationalCode: string;
  active: boolean;
  sortOrder: number;
}

/** A national code to map to, named in the user's language. */
export interface NationalChoice {
  code: string;
  name: string;
}

export const CATALOGUE_MUTATIONS = {
  category: { create: CreateCategoryMutation, update: UpdateCategoryMutation, reorder: ReorderCategoriesMutation },
  outcome: { create: CreateOutcomeMutation, update: UpdateOutcomeMutation, reorder: ReorderOutcomesMutation },
} as const;

/** The ids in their new order after moving `id` one place up (-1) or down (+1); unchanged at either end. */
export function movedOrder(ids: readonly string[], id: string, step: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const order = [...ids];
  [order[from], order[to]] = [order[to], order[from]];
  return order;
}
