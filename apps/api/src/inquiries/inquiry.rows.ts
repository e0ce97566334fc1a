import { InquiryType } from './inquiry.types';

/** The columns of an inquiry as InquiryType expects them; dates as YYYY-MM-DD text. Table alias `i`. */
export const INQUIRY_COLUMNS = `i.id, i.reference, i.received_on::text AS "receivedOn", i.channel, i.kind, i.status, i.summary,
  i.first_contact_on::text AS "firstContactOn", i.closed_on::text AS "closedOn", i.created_at AS "createdAt", i.updated_at AS "updatedAt",
  i.citizen_id AS "citizenId", i.org_unit_id AS "orgUnitId", i.outcome_id AS "outcomeId", i.main_inquiry_id AS "mainInquiryId"`;

/** An inquiry as stored, without the relations InquiryType carries. */
export type InquiryRow = Omit<InquiryType, 'citizen' | 'orgUnit' | 'categories' | 'outcome' | 'responseTimes'>;
