import { decidedCasesYear, DEFAULT_FOLD_THRESHOLD, NOT_DONE, OrgUnitKind, RegistrationColumns, ReportInput, ReportPeriod, responseTargetsFrom } from '@raadgiver/domain';
import { EntityManager } from 'typeorm';
import { citizenNumbers, integerColumn, integerLists } from './integer-text';
import { registrationRepository, RegistrationsRow } from './registration.repository';

export interface LoadReportInputOptions {
  /** Categories and outcomes below this many registrations are folded into "other". */
  foldThreshold?: number;
}

/**
 * Everything the statistics engine needs for a report on `period` compared with `comparison`: the
 * registrations received in either period, the org unit tree with its renames and merges, the catalogues
 * (inactive entries too, as old registrations use them) and the tenant's response targets.
 * Runs under row-level security in the tenant context the caller set with `inContext`; without a tenant
 * it refuses rather than report on nothing.
 */
export async function loadReportInput(
  em: EntityManager,
  period: ReportPeriod,
  comparison: ReportPeriod | null,
  options: LoadReportInputOptions = {},
): Promise<ReportInput> {
  const tenant = await registrationRepository.tenant(em);
  if (!tenant?.id) throw new Error('loadReportInput needs a tenant context (inContext with a tenantId)');
  // Without a comparison period the second range is empty (from after to).
  const other = comparison ?? { from: '9999-12-31', to: '0001-01-01' };
  const row = await registrationRepository.registrations(em, period.from, period.to, other.from, other.to);
  const orgUnits = await registrationRepository.orgUnits(em);
  const orgUnitLinks = await registrationRepository.links(em);
  const renames = await registrationRepository.renames(em);
  const categories = await registrationRepository.categories(em);
  const outcomes = await registrationRepository.outcomes(em);
  const years = [decidedCasesYear(period), ...(comparison ? [decidedCasesYear(comparison)] : [])];
  const decidedCases = await registrationRepository.decidedCases(em, years);
  return {
    registrations: registrationColumnsFrom(row),
    orgUnits: orgUnits.map((u) => ({ ...u, kind: u.kind as OrgUnitKind })),
    orgUnitLinks,
    renames,
    categories,
    outcomes,
    period,
    comparison,
    targets: responseTargetsFrom(tenant.settings),
    foldThreshold: options.foldThreshold ?? DEFAULT_FOLD_THRESHOLD,
    decidedCases,
  };
}

function registrationColumnsFrom(row: RegistrationsRow): RegistrationColumns {
  const { length } = row;
  const categories = integerLists(row.categories, length);
  return {
    length,
    citizen: citizenNumbers(row.citizen, length),
    receivedDay: integerColumn(row.received, length),
    kind: Int8Array.from(integerColumn(row.kind, length, -1)),
    followUp: Uint8Array.from(integerColumn(row.follow_up, length)),
    orgUnit: integerColumn(row.unit, length, -1),
    orgUnitIds: row.unit_ids,
    outcome: integerColumn(row.outcome, length, -1),
    outcomeIds: row.outcome_ids,
    categoryStart: categories.start,
    category: categories.values,
    categoryIds: row.category_ids,
    firstContactDays: integerColumn(row.first_contact, length, NOT_DONE),
    closeDays: integerColumn(row.closed, length, NOT_DONE),
  };
}
