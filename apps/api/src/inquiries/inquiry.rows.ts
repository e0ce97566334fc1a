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
  return { ...row, ...relations, responseTimes: responseTimes(row, targets, today) };
}
