import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { InquiryFilter } from '../inquiries/dto/inquiry.inputs';
import { InvalidInputError } from '@raadgiver/domain';
import { fieldProblems } from '../validation/field-problems';

const lower = (values: unknown) => (Array.isArray(values) ? values.map((v) => (typeof v === 'string' ? v.toLowerCase() : v)) : values);

/**
 * The `filter` query parameter of an export: the inquiry list's InquiryFilter as JSON, validated like the
 * GraphQL input. Kinds and statuses may be written as the GraphQL enum names (COMPLAINT) or as values.
 */
export async function parseExportFilter(raw: unknown): Promise<InquiryFilter | null> {
  if (raw === undefined || raw === '') return null;
  if (typeof raw !== 'string') throw InvalidInputError.of('filter', 'given_once');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw InvalidInputError.of('filter', 'not_json');
  }
  if (parsed === null) return null;
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw InvalidInputError.of('filter', 'not_json');
  const plain = { ...(parsed as Record<string, unknown>) };
  plain.kinds = lower(plain.kinds);
  plain.statuses = lower(plain.statuses);
  const filter = plainToInstance(InquiryFilter, plain);
  const problems = fieldProblems(await validate(filter, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false }), 'filter');
  if (problems.length) throw new InvalidInputError(problems);
  return filter;
}
