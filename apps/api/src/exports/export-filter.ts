import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { ApiError } from '../errors/api-error';
import { InquiryFilter } from '../inquiries/dto/inquiry.inputs';

function firstProblem(errors: ValidationError[]): { field: string; message: string } | null {
  for (const error of errors) {
    const message = Object.values(error.constraints ?? {})[0];
    if (message) return { field: `filter.${error.property}`, message };
  }
  return null;
}

const lower = (values: unknown) => (Array.isArray(values) ? values.map((v) => (typeof v === 'string' ? v.toLowerCase() : v)) : values);

/**
 * The `filter` query parameter of an export: the inquiry list's InquiryFilter as JSON, validated like the
 * GraphQL input. Kinds and statuses may be written as the GraphQL enum names (COMPLAINT) or as values.
 */
export async function parseExportFilter(raw: unknown): Promise<InquiryFilter | null> {
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string') throw ApiError.badInput('filter', 'filter must be given once, as JSON');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw ApiError.badInput('filter', 'filter must be JSON of an InquiryFilter');
  }
  if (parsed === null) return null;
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw ApiError.badInput('filter', 'filter must be a JSON object');
  const plain = { ...(parsed as Record<string, unknown>) };
  plain.kinds = lower(plain.kinds);
  plain.statuses = lower(plain.statuses);
  const filter = plainToInstance(InquiryFilter, plain);
  const problem = firstProblem(await validate(filter, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false }));
  if (problem) throw ApiError.badInput(problem.field, problem.message);
  return filter;
}
