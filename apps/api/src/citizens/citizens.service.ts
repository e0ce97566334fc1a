import { Injectable } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../graphql/request-context';
import { assertId } from '../common/id-arg';
import { likePattern } from '../inquiries/inquiry-filter';
import { CitizenFields, citizenRepository } from './citizen.repository';
import { CitizenType } from './citizen.types';
import { CreateCitizenInput, UpdateCitizenInput } from './dto/citizen.inputs';
import { NotFoundError, InvalidInputError, ConflictError } from '@raadgiver/domain';

export const MAX_CITIZEN_RESULTS = 100;
const SEARCH_MAX_LENGTH = 200;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

function fieldsOf(input: CreateCitizenInput): CitizenFields {
  return { reference: input.reference, displayName: input.displayName, email: input.email ?? null, phone: input.phone ?? null };
}

/** Citizens with minimal personal data; every read and search is audited. */
@Injectable()
export class CitizensService {
  constructor(private readonly audit: AuditService) {}

  search(ctx: RequestContext, search: string | null, first: number): Promise<CitizenType[]> {
    const { tenantId, userId } = ctx.requireTenant();
    if (!Number.isInteger(first) || first < 1 || first > MAX_CITIZEN_RESULTS) throw InvalidInputError.of('first', 'out_of_range', { min: 1, max: MAX_CITIZEN_RESULTS });
    const term = search?.trim() ?? '';
    if (term.length > SEARCH_MAX_LENGTH) throw InvalidInputError.of('search', 'too_long', { max: SEARCH_MAX_LENGTH });
    return ctx.run(async (em) => {
      const rows = await citizenRepository.search(em, term ? likePattern(term) : null, first);
      await this.audit.record(em, {
        tenantId, userId, action: 'citizen.search', subjectType: 'citizen', subjectId: null,
        details: { criteria: term ? { searchLength: term.length } : {}, first, returned: rows.length },
      });
      return rows;
    });
  }

  get(ctx: RequestContext, id: string): Promise<CitizenType> {
    const { tenantId, userId } = ctx.requireTenant();
    assertId(id);
    return ctx.run(async (em) => {
      const citizen = await this.find(em, id);
      await this.audit.record(em, { tenantId, userId, action: 'citizen.read', subjectType: 'citizen', subjectId: id });
      return citizen;
    });
  }

  create(ctx: RequestContext, input: CreateCitizenInput): Promise<CitizenType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      await this.assertReferenceFree(em, input.reference, null);
      const id = await this.guard(() => citizenRepository.insert(em, tenantId, fieldsOf(input)));
      await this.audit.record(em, { tenantId, userId, action: 'citizen.created', subjectType: 'citizen', subjectId: id });
      return this.find(em, id);
    });
  }

  update(ctx: RequestContext, input: UpdateCitizenInput): Promise<CitizenType> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      const before = await this.find(em, input.id);
      await this.assertReferenceFree(em, input.reference, input.id);
      await this.guard(() => citizenRepository.update(em, input.id, fieldsOf(input)));
      const after = await this.find(em, input.id);
      const fields = (['reference', 'displayName', 'email', 'phone'] as const).filter((f) => before[f] !== after[f]);
      await this.audit.record(em, { tenantId, userId, action: 'citizen.updated', subjectType: 'citizen', subjectId: input.id, details: { fields } });
      return after;
    });
  }

  private async find(em: EntityManager, id: string): Promise<CitizenType> {
    // Another tenant's citizen is invisible under RLS and so reads as not found.
    const citizen = await citizenRepository.find(em, id);
    if (!citizen) throw new NotFoundError('citizen', 'id');
    return citizen;
  }

  private async assertReferenceFree(em: EntityManager, reference: string, ownId: string | null): Promise<void> {
    const taken = await citizenRepository.referenceTaken(em, reference, ownId);
    if (taken) throw new ConflictError('reference');
  }

  private async guard<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('reference');
      throw error;
    }
  }
}
