import type { FieldProblem } from '../errors/domain-errors';
/**
 * Danmarks Statistik's municipality groups (kommunegrupper), the peer groups the operator assigns:
 * hovedstadskommuner, storbykommuner, provinsbykommuner, oplandskommuner and landkommuner.
 */
export const PEER_GROUPS = ['hovedstad', 'storby', 'provinsby', 'opland', 'land'] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number];

export function isPeerGroup(value: string): value is PeerGroup {
  return (PEER_GROUPS as readonly string[]).includes(value);
}

/** What the national taxonomy names: complaint categories, outcomes, and the department areas of org units. */
export const TAXONOMY_KINDS = ['category', 'outcome', 'department_area'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

/** A national code: lower-case letters, digits and _, as catalogue entries already use. */
export const NATIONAL_CODE_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** Every kind of the taxonomy has this code; a tenant's entry mapped to an unknown code counts here. */
export const OTHER_CODE = 'other';

export interface TaxonomyEntry {
  kind: TaxonomyKind;
  code: string;
  nameDa: string;
  nameEn: string;
  sortOrder: number;
}

/** Problems of a proposed taxonomy version: each kind needs 'other', no code twice, names 1–200 characters. */
export function taxonomyProblems(entries: readonly TaxonomyEntry[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const key = `${entry.kind}:${entry.code}`;
    if (!NATIONAL_CODE_PATTERN.test(entry.code)) problems.push({ path: `entries[${i}].code`, code: 'invalid_format' });
    if (seen.has(key)) problems.push({ path: `entries[${i}].code`, code: 'taxonomy_duplicate_code', params: { code: key } });
    seen.add(key);
    for (const field of ['nameDa', 'nameEn'] as const) {
      const name = entry[field];
      if (name.trim().length === 0 || name.length > 200) problems.push({ path: `entries[${i}].${field}`, code: 'length_between', params: { min: 1, max: 200 } });
    }
  });
  for (const kind of TAXONOMY_KINDS) if (!seen.has(`${kind}:${OTHER_CODE}`)) problems.push({ path: 'entries', code: 'taxonomy_missing_other', params: { kind, code: OTHER_CODE } });
  return problems;
}
