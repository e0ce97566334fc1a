import { Injectable } from '@nestjs/common';
import { InvalidInputError, ResponseTargets, responseTargetsFrom } from '@raadgiver/domain';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../graphql/request-context';
import { responseTargetRepository } from './response-target.repository';
import { ResponseTargetsInput } from './response-targets.types';

/** The tenant's response-time targets, kept in tenant.settings.responseTargets. */
@Injectable()
export class ResponseTargetsService {
  constructor(private readonly audit: AuditService) {}

  /** Read once per request, however many inquiries need them. */
  get(ctx: RequestContext): Promise<ResponseTargets> {
    const { tenantId } = ctx.requireTenant();
    return ctx.loader('responseTargets', () =>
      ctx.run(async (em) => {
        return responseTargetsFrom(await responseTargetRepository.settings(em, tenantId));
      }),
    );
  }

  /** Targets read along with other data (responseTargetsFrom of tenant.settings), so get() needs no query. */
  prime(ctx: RequestContext, targets: ResponseTargets): void {
    void ctx.loader('responseTargets', () => Promise.resolve(targets));
  }

  set(ctx: RequestContext, input: ResponseTargetsInput): Promise<ResponseTargets> {
    const { tenantId, userId } = ctx.requireTenant();
    if (input.closeDays < input.firstContactDays) throw InvalidInputError.of('closeDays', 'not_less_than', { other: 'firstContactDays' });
    const targets: ResponseTargets = { firstContactDays: input.firstContactDays, closeDays: input.closeDays };
    return ctx.run(async (em) => {
      await responseTargetRepository.set(em, tenantId, targets);
      await this.audit.record(em, { tenantId, userId, action: 'tenant.response_targets_set', subjectType: 'tenant', subjectId: tenantId, details: { ...targets } });
      return targets;
    });
  }
}
