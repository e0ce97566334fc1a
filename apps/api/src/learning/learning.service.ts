import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../graphql/request-context';
import { LearningEntryInput } from './dto/learning-entry.input';
import { learningRepository } from './learning.repository';
import { DepartmentComplaintConnectionType, DepartmentComplaintType, LearningEntryType } from './learning.types';
import { InvalidInputError, isCalendarDate, NotFoundError } from '@raadgiver/domain';
import { decodeCursor, encodeCursor, pageSize } from '../inquiries/inquiry-cursor';
import { pageOf } from '../graphql/connection';

export const MAX_COMPLAINT_PAGE = 100;

/**
 * The department side of complaints (læringsvæg). A department contact sees only the columns in
 * COMPLAINT_COLUMNS and only complaints in their scope; anything else reads as not found.
 */
@Injectable()
export class LearningService {
  constructor(private readonly audit: AuditService) {}

  /** A page of the complaints of the contact's units; audited like any other read of inquiries. */
  complaints(ctx: RequestContext, first: number, after: string | null): Promise<DepartmentComplaintConnectionType> {
    const { tenantId, userId } = ctx.requireTenant();
    const limit = pageSize(first, MAX_COMPLAINT_PAGE);
    const cursor = after ? decodeCursor(after) : null;
    if (cursor && !isCalendarDate(cursor.key)) throw InvalidInputError.of('after', 'not_a_cursor');
    return ctx.run(async (em) => {
      const rows = await learningRepository.complaints(em, userId, cursor, limit + 1);
      const page = pageOf(rows, limit, (row) => ({ cursor: encodeCursor(row.receivedOn, row.id), node: row }));
      await this.audit.record(em, { tenantId, userId, action: 'inquiry.department_list', subjectType: 'inquiry', subjectId: null, details: { rows: page.edges.length } });
      return page;
    });
  }

  write(ctx: RequestContext, input: LearningEntryInput): Promise<LearningEntryType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const complaint = await this.findComplaint(em, userId, input.inquiryId);
      const entry = await learningRepository.addEntry(em, tenantId, complaint, userId, input);
      await this.audit.record(em, { tenantId, userId, action: 'learning_entry.created', subjectType: 'learning_entry', subjectId: entry.id, details: { inquiryId: complaint.id } });
      return entry;
    });
  }

  private async findComplaint(em: EntityManager, userId: string, inquiryId: string): Promise<DepartmentComplaintType & { orgUnitId: string }> {
    const complaint = await learningRepository.complaint(em, userId, inquiryId);
    // Not a complaint, outside the contact's units, or another tenant's: all the same to the caller.
    if (!complaint) throw new NotFoundError('complaint', 'inquiryId');
    return complaint;
  }
}
