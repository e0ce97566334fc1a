import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../graphql/request-context';
import { orgUnitScopeSql } from '../inquiries/inquiry-filter';
import { LearningEntryInput } from './dto/learning-entry.input';
import { DepartmentComplaintType, LearningEntryType } from './learning.types';
import { NotFoundError } from '@raadgiver/domain';

const COMPLAINT_COLUMNS = `i.id, i.kind, i.received_on::text AS "receivedOn", i.first_contact_on::text AS "firstContactOn",
  i.closed_on::text AS "closedOn", i.org_unit_id AS "orgUnitId"`;

export const LEARNING_ENTRY_COLUMNS = `e.id, e.inquiry_id AS "inquiryId", e.org_unit_id AS "orgUnitId", e.author_id AS "authorId",
  e.what_went_wrong AS "whatWentWrong", e.why, e.what_was_learnt AS "whatWasLearnt", e.can_recur AS "canRecur", e.prevention, e.created_at AS "createdAt"`;

/** The complaints a department contact answers for: those about their units, sub-units and predecessors. $1 is the user. */
const IN_SCOPE = `i.kind = 'complaint' AND i.org_unit_id IN (${orgUnitScopeSql('SELECT org_unit_id FROM membership_org_unit WHERE user_id = $1')})`;

/**
 * The department side of complaints (læringsvæg). A department contact sees only the columns in
 * COMPLAINT_COLUMNS and only complaints in their scope; anything else reads as not found.
 */
@Injectable()
export class LearningService {
  constructor(private readonly audit: AuditService) {}

  /** The complaints of the contact's units; audited like any other read of inquiries. */
  complaints(ctx: RequestContext): Promise<DepartmentComplaintType[]> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const rows = await em.query<DepartmentComplaintType[]>(`SELECT ${COMPLAINT_COLUMNS} FROM inquiry i WHERE ${IN_SCOPE} ORDER BY i.received_on DESC, i.id DESC`, [userId]);
      await this.audit.record(em, { tenantId, userId, action: 'inquiry.department_list', subjectType: 'inquiry', subjectId: null, details: { rows: rows.length } });
      return rows;
    });
  }

  write(ctx: RequestContext, input: LearningEntryInput): Promise<LearningEntryType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const complaint = await this.findComplaint(em, userId, input.inquiryId);
      const [{ id }] = await em.query<{ id: string }[]>(
        `INSERT INTO learning_entry (tenant_id, inquiry_id, org_unit_id, author_id, what_went_wrong, why, what_was_learnt, can_recur, prevention)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [tenantId, complaint.id, complaint.orgUnitId, userId, input.whatWentWrong, input.why, input.whatWasLearnt, input.canRecur, input.prevention],
      );
      await this.audit.record(em, { tenantId, userId, action: 'learning_entry.created', subjectType: 'learning_entry', subjectId: id, details: { inquiryId: complaint.id } });
      const [entry] = await em.query<LearningEntryType[]>(`SELECT ${LEARNING_ENTRY_COLUMNS} FROM learning_entry e WHERE e.id = $1`, [id]);
      return entry;
    });
  }

  private async findComplaint(em: EntityManager, userId: string, inquiryId: string): Promise<DepartmentComplaintType & { orgUnitId: string }> {
    const [complaint] = await em.query<(DepartmentComplaintType & { orgUnitId: string })[]>(
      `SELECT ${COMPLAINT_COLUMNS} FROM inquiry i WHERE i.id = $2 AND ${IN_SCOPE}`,
      [userId, inquiryId],
    );
    // Not a complaint, outside the contact's units, or another tenant's: all the same to the caller.
    if (!complaint) throw new NotFoundError('complaint', 'inquiryId');
    return complaint;
  }
}
