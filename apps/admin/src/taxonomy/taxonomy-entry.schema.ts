import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { NationalTaxonomyKind } from '../gql/graphql';
import { requiredText } from '../ui/form-schemas';

export const TAXONOMY_KIND_VALUES: readonly NationalTaxonomyKind[] = ['category', 'outcome', 'department_area'];

const isKind = (value: string): value is NationalTaxonomyKind => (TAXONOMY_KIND_VALUES as readonly string[]).includes(value);

/** The national codes' form, as the API checks it: lower-case letters, digits and underscores, a letter first. */
const CODE_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const NAME_MAX = 200;

/** A code added to the newest version: its kind, a code the version has not got for that kind, and its names. */
export function taxonomyEntrySchema(t: TFunction, taken: ReadonlySet<string>) {
  return z
    .object({
      kind: z.string().refine(isKind, { error: () => t('taxonomy.chooseKind') }),
      code: requiredText(40).refine((value) => value === '' || CODE_PATTERN.test(value), { error: () => t('taxonomy.invalidCode') }),
      nameDa: requiredText(NAME_MAX),
      nameEn: requiredText(NAME_MAX),
    })
    .superRefine((value, context) => {
      if (taken.has(`${value.kind}:${value.code}`)) context.addIssue({ code: 'custom', path: ['code'], message: t('taxonomy.codeTaken') });
    })
    .transform((value) => ({ ...value, kind: value.kind as NationalTaxonomyKind }));
}
