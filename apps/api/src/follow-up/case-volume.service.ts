import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../graphql/request-context';
import { CASE_VOLUME_YEARS, SetDecidedCasesInput } from './dto/follow-up.inputs';
import { caseVolumeRepository } from './follow-up.repository';
import { DecidedCaseVolumeType } from './follow-up.types';
import { NotFoundError, InvalidInputError } from '@raadgiver/domain';

/** The departments' decided cases per year (afgjorte sager), so inquiry counts can be read per 1,000 decided cases. */
@Injectable()
export class CaseVolumeService {
  constructor(private readonly audit: AuditService) {}

  set(ctx: RequestContext, input: SetDecidedCasesInput): Promise<DecidedCaseVolumeType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      // Another tenant's unit is invisible under RLS and so reads as not found.
      if (!(await caseVolumeRepository.unitExists(em, input.orgUnitId))) throw new NotFoundError('org_unit', 'orgUnitId');
      const row = await caseVolumeRepository.set(em, tenantId, input.orgUnitId, input.year, input.decidedCases, userId);
      await this.audit.record(em, {
        tenantId, userId, action: 'decided_case_volume.set', subjectType: 'org_unit', subjectId: input.orgUnitId,
        details: { year: input.year, from: row.previous, to: input.decidedCases },
      });
      const { previous: _previous, ...volume } = row;
      return volume;
    });
  }

  /** The year's counts, units by sort order and name. */
  list(ctx: RequestContext, year: number): Promise<DecidedCaseVolumeType[]> {
    ctx.requireTenant();
    if (!Number.isInteger(year) || year < CASE_VOLUME_YEARS.min || year > CASE_VOLUME_YEARS.max) {
      throw InvalidInputError.of('year', 'out_of_range', { min: CASE_VOLUME_YEARS.min, max: CASE_VOLUME_YEARS.max });
    }
    return ctx.run((em) => caseVolumeRepository.list(em, year));
  }
}
