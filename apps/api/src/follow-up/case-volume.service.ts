import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../graphql/request-context';
import { CASE_VOLUME_YEARS, SetDecidedCasesInput } from './dto/follow-up.inputs';
import { DecidedCaseVolumeType } from './follow-up.types';
import { NotFoundError, InvalidInputError } from '@raadgiver/domain';

const COLUMNS = `org_unit_id AS "orgUnitId", year, decided_cases AS "decidedCases", updated_at AS "updatedAt"`;

/** The departments' decided cases per year (afgjorte sager), so inquiry counts can be read per 1,000 decided cases. */
@Injectable()
export class CaseVolumeService {
  constructor(private readonly audit: AuditService) {}

  set(ctx: RequestContext, input: SetDecidedCasesInput): Promise<DecidedCaseVolumeType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      // Another tenant's unit is invisible under RLS and so reads as not found.
      const [unit] = await em.query<unknown[]>(`SELECT 1 FROM org_unit WHERE id = $1`, [input.orgUnitId]);
      if (!unit) throw new NotFoundError('org_unit', 'orgUnitId');
      const [row] = await em.query<(DecidedCaseVolumeType & { previous: number | null })[]>(
        `WITH previous AS (SELECT decided_cases FROM decided_case_volume WHERE org_unit_id = $2 AND year = $3)
         INSERT INTO decided_case_volume (tenant_id, org_unit_id, year, decided_cases, updated_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, org_unit_id, year) DO UPDATE SET decided_cases = EXCLUDED.decided_cases, updated_by = EXCLUDED.updated_by, updated_at = now()
         RETURNING ${COLUMNS}, (SELECT decided_cases FROM previous) AS previous`,
        [tenantId, input.orgUnitId, input.year, input.decidedCases, userId],
      );
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
    return ctx.run((em) =>
      em.query<DecidedCaseVolumeType[]>(
        `SELECT v.org_unit_id AS "orgUnitId", v.year, v.decided_cases AS "decidedCases", v.updated_at AS "updatedAt"
           FROM decided_case_volume v JOIN org_unit o ON o.tenant_id = v.tenant_id AND o.id = v.org_unit_id
          WHERE v.year = $1 ORDER BY o.sort_order, o.name`,
        [year],
      ),
    );
  }
}
