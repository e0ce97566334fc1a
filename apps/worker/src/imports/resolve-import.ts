import { HeaderMap, ImportRowProblem, InquiryFileColumn, InquiryImportDraft, NamedOrgUnit, orgUnitsNamed } from '@raadgiver/domain';

/** What the tenant already has, as far as an import refers to it. */
export interface ImportCatalog {
  orgUnits: NamedOrgUnit[];
  categories: { id: string; name: string }[];
  outcomes: { id: string; name: string }[];
  /** Inquiries stored already whose reference the file mentions (as a row or as a main case). */
  existingInquiries: Map<string, { id: string; citizenReference: string }>;
}

/** A catalog entry by id, or one the import creates (key: its name in lower case). */
export type CatalogRef = { id: string } | { create: string };

export interface ResolvedRow {
  draft: InquiryImportDraft;
  orgUnit: CatalogRef | null;
  categories: CatalogRef[];
  outcome: CatalogRef | null;
  /** The main case: stored already (id) or another row of this file (reference). */
  main: { id: string } | { reference: string } | null;
}

export interface ImportPlan {
  rows: ResolvedRow[];
  /** Rows whose reference is stored already: left alone. */
  skipped: number;
  /** Names (as first written in the file) and the earliest received date of the rows using them. */
  newOrgUnits: Map<string, { name: string; validFrom: string }>;
  newCategories: Map<string, string>;
  newOutcomes: Map<string, string>;
}

const key = (name: string) => name.trim().toLowerCase();

function byName<T extends { id: string; name: string }>(entries: T[]): Map<string, string> {
  return new Map(entries.map((entry) => [key(entry.name), entry.id]));
}

/**
 * Checks every row's references against the tenant's catalog and the other rows: org unit by name or
 * short name, categories and outcomes by name (case-insensitive), the main case in the file or stored
 * and of the same citizen. Unknown names are problems unless `createMissing`, in which case they are
 * planned for creation. Rows whose reference is stored already are skipped without further checks.
 */
export function resolveImport(
  drafts: InquiryImportDraft[],
  referencesOfBadRows: ReadonlySet<string>,
  catalog: ImportCatalog,
  headerMap: HeaderMap,
  createMissing: boolean,
): { problems: ImportRowProblem[]; plan: ImportPlan } {
  const problems: ImportRowProblem[] = [];
  const label = (column: InquiryFileColumn) => headerMap.label[column] ?? column;
  const plan: ImportPlan = { rows: [], skipped: 0, newOrgUnits: new Map(), newCategories: new Map(), newOutcomes: new Map() };

  const unitsByName = new Map<string, NamedOrgUnit[]>();
  const categories = byName(catalog.categories);
  const outcomes = byName(catalog.outcomes);

  // One CatalogRef object per entry, shared by every row naming it (100,000 rows name a few dozen entries).
  const refs = new Map<string, CatalogRef>();
  const ref = (kind: string, value: { id: string } | { create: string }): CatalogRef => {
    const id = `${kind}:${'id' in value ? `id:${value.id}` : `new:${value.create}`}`;
    let shared = refs.get(id);
    if (!shared) refs.set(id, (shared = value));
    return shared;
  };

  const newDrafts = new Map<string, InquiryImportDraft>();
  for (const draft of drafts) {
    if (catalog.existingInquiries.has(draft.reference)) plan.skipped += 1;
    else newDrafts.set(draft.reference, draft);
  }

  const unknown = (draft: InquiryImportDraft, column: InquiryFileColumn, what: 'org_unit' | 'category' | 'outcome', name: string) =>
    problems.push({ row: draft.row, column: label(column), code: 'import_unknown_name', params: { kind: what, name } });

  for (const draft of newDrafts.values()) {
    const before = problems.length;
    let orgUnit: CatalogRef | null = null;
    if (draft.orgUnitName !== null) {
      const unitKey = key(draft.orgUnitName);
      const candidates = unitsByName.get(unitKey) ?? orgUnitsNamed(catalog.orgUnits, draft.orgUnitName);
      unitsByName.set(unitKey, candidates);
      if (candidates.length === 1) orgUnit = ref('unit', { id: candidates[0].id });
      else if (candidates.length > 1) {
        problems.push({ row: draft.row, column: label('org_unit'), code: 'import_ambiguous_unit', params: { name: draft.orgUnitName, count: candidates.length } });
      } else if (createMissing) {
        const planned = plan.newOrgUnits.get(key(draft.orgUnitName));
        if (!planned) plan.newOrgUnits.set(key(draft.orgUnitName), { name: draft.orgUnitName, validFrom: draft.receivedOn });
        else if (draft.receivedOn < planned.validFrom) planned.validFrom = draft.receivedOn;
        orgUnit = ref('unit', { create: key(draft.orgUnitName) });
      } else unknown(draft, 'org_unit', 'org_unit', draft.orgUnitName);
    }

    const resolvedCategories: CatalogRef[] = [];
    for (const name of draft.categoryNames) {
      const id = categories.get(key(name));
      if (id) resolvedCategories.push(ref('category', { id }));
      else if (createMissing) {
        if (!plan.newCategories.has(key(name))) plan.newCategories.set(key(name), name);
        resolvedCategories.push(ref('category', { create: key(name) }));
      } else unknown(draft, 'categories', 'category', name);
    }

    let outcome: CatalogRef | null = null;
    if (draft.outcomeName !== null) {
      const id = outcomes.get(key(draft.outcomeName));
      if (id) outcome = ref('outcome', { id });
      else if (createMissing) {
        if (!plan.newOutcomes.has(key(draft.outcomeName))) plan.newOutcomes.set(key(draft.outcomeName), draft.outcomeName);
        outcome = ref('outcome', { create: key(draft.outcomeName) });
      } else unknown(draft, 'outcome', 'outcome', draft.outcomeName);
    }

    let main: ResolvedRow['main'] = null;
    if (draft.mainReference !== null) {
      const inFile = newDrafts.get(draft.mainReference);
      const stored = catalog.existingInquiries.get(draft.mainReference);
      const mainCitizen = inFile?.citizenReference ?? stored?.citizenReference;
      if (mainCitizen === undefined) {
        // A main case on a bad row is reported on that row already.
        if (!referencesOfBadRows.has(draft.mainReference)) {
          problems.push({ row: draft.row, column: label('follow_up_of'), code: 'import_unknown_main', params: { reference: draft.mainReference } });
        }
      } else if (mainCitizen !== draft.citizenReference) {
        problems.push({ row: draft.row, column: label('follow_up_of'), code: 'main_of_other_citizen' });
      } else if (inFile && followsItself(draft, newDrafts)) {
        problems.push({ row: draft.row, column: label('follow_up_of'), code: 'import_main_loop' });
      } else main = inFile ? { reference: inFile.reference } : { id: stored!.id };
    }

    if (problems.length === before) plan.rows.push({ draft, orgUnit, categories: resolvedCategories, outcome, main });
  }
  return { problems, plan };
}

function followsItself(start: InquiryImportDraft, drafts: ReadonlyMap<string, InquiryImportDraft>): boolean {
  const seen = new Set<string>([start.reference]);
  let current = start.mainReference === null ? undefined : drafts.get(start.mainReference);
  while (current) {
    if (seen.has(current.reference)) return true;
    seen.add(current.reference);
    current = current.mainReference === null ? undefined : drafts.get(current.mainReference);
  }
  return false;
}
