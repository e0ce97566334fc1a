import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../graphql/request-context';
import { CASE_VOLUME_YEARS, SetDecidedCaseVolumesInput, SetDecidedCasesInput } from './dto/follow-up.inputs';
import { caseVolumeRepository } from './follow-up.repository';
import { DecidedCaseVolumeType } from './follow-up.types';
import { NotFoundError, InvalidInputError } from '@raadgiver/domain';

/** The departments' decided cases per year (afgjorte sager), so inquiry counts can be read per 1,000 decided cases. */
@Injectable()
export class CaseVolumeService {
  constructor(private readonly audit: AuditService) {}

  set(ctx: RequestContext, input: SetDecidedCasesInput): Promise<DecidedCaseVolumeType> {
    return ctx.run((em) => this.setOne(ctx, em, input.year, input, 'orgUnitId'));
  }

  /** The year's counts of several units in the request's one transaction: all stored, or none. */
  setAll(ctx: RequestContext, input: SetDecidedCaseVolumesInput): Promise<DecidedCaseVolumeType[]> {
    ctx.requireTenant();
    const seen = new Set<string>();
    const twice = input.rows.flatMap((row, index) => (seen.has(row.orgUnitId) || !seen.add(row.orgUnitId) ? [index] : []));
    if (twice.length > 0) throw new InvalidInputError(twice.map((index) => ({ path: `rows[${index}].orgUnitId`, code: 'unit_given_twice' })));
    return ctx.run(async (em) => {
      const volumes: DecidedCaseVolumeType[] = [];
      for (const [index, row] of input.rows.entries()) volumes.push(await this.setOne(ctx, em, input.year, row, `rows[${index}].orgUnitId`));
      return volumes;
    });
  }

  private async setOne(ctx: RequestContext, em: EntityManager, year: number, row: { orgUnitId: string; decidedCases: number }, field: string): Promise<DecidedCaseVolumeType> {
    const { tenantId, userId } = ctx.requireTenant();
    // Another tenant's unit is invisible under RLS and so reads as not found.
    if (!(await caseVolumeRepository.unitExists(em, row.orgUnitId))) throw new NotFoundError('org_unit', field);
    const stored = await caseVolumeRepository.set(em, tenantId, row.orgUnitId, year, row.decidedCases, userId);
    await this.audit.record(em, {
      tenantId, userId, action: 'decided_case_volume.set', subjectType: 'org_unit', subjectId: row.orgUnitId,
      details: { year, from: stored.previous, to: row.decidedCases },
    });
    const { previous: _previous, ...volume } = stored;
    return volume;
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
