import { ResponseTargets, responseTimes } from '@raadgiver/domain';
import { CategoryType, OutcomeType } from '../catalog/catalog.types';
import { CitizenType } from '../citizens/citizen.types';
import { OrgUnitType } from '../org-units/org-unit.types';
import { InquiryType } from './inquiry.types';

/** An inquiry as stored, without the relations InquiryType carries; dates as YYYY-MM-DD. */
export type InquiryRow = Omit<InquiryType, 'citizen' | 'orgUnit' | 'categories' | 'outcome' | 'responseTimes'>;

export interface InquiryRelations {
  citizen: CitizenType;
  orgUnit: OrgUnitType | null;
  categories: CategoryType[];
  outcome: OutcomeType | null;
}

/**
 * The schema's Inquiry: a stored inquiry with its relations and today's response times. The one way an Inquiry is
 * built, whether its row came decoded from the list's page statement (inquiry-page.ts) or from a read with loaders
 * (inquiry-hydration.ts).
 */
export function inquiryOf(row: InquiryRow, relations: InquiryRelations, targets: ResponseTargets, today: string): InquiryType {
  // Every field named, in one order: each Inquiry then has the same shape, which the list's 50 rows per request
  // are read through many times (graphql-jit's serialiser). Spreading the row and relations instead cost a tenth of
  // the list's CPU, in the copy itself and in the slower reads of objects it left with differing shapes.
  return {
    id: row.id,
    reference: row.reference,
    receivedOn: row.receivedOn,
    channel: row.channel,
    kind: row.kind,
    status: row.status,
    summary: row.summary,
    firstContactOn: row.firstContactOn,
    closedOn: row.closedOn,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    citizenId: row.citizenId,
    orgUnitId: row.orgUnitId,
    outcomeId: row.outcomeId,
    mainInquiryId: row.mainInquiryId,
    citizen: relations.citizen,
    orgUnit: relations.orgUnit,
    categories: relations.categories,
    outcome: relations.outcome,
    responseTimes: responseTimes(row, targets, today),
  };
}
