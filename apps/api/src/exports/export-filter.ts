import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { InquiryFilter } from '../inquiries/dto/inquiry.inputs';
import { InvalidInputError } from '@raadgiver/domain';
import { fieldProblems } from '../validation/field-problems';

const lower = (values: unknown) => (Array.isArray(values) ? values.map((v) => (typeof v === 'string' ? v.toLowerCase() : v)) : values);

/**
 * A download's `filter` query parameter: a list's GraphQL filter input as JSON, validated like the GraphQL input and
 * answered with the same field problems. `prepare` adjusts the parsed object first.
 */
export async function parseFilterParam<T extends object>(
  raw: unknown,
  input: new () => T,
  prepare: (plain: Record<string, unknown>) => Record<string, unknown> = (plain) => plain,
): Promise<T | null> {
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
  const filter = plainToInstance(input, prepare({ ...(parsed as Record<string, unknown>) }));
  const problems = fieldProblems(await validate(filter, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false }), 'filter');
  if (problems.length) throw new InvalidInputError(problems);
  return filter;
}

/**
 * The `filter` query parameter of an inquiry export: the inquiry list's InquiryFilter as JSON. Kinds and statuses may be
 * written as the GraphQL enum names (COMPLAINT) or as values.
 */
export function parseExportFilter(raw: unknown): Promise<InquiryFilter | null> {
  return parseFilterParam(raw, InquiryFilter, (plain) => ({ ...plain, kinds: lower(plain.kinds), statuses: lower(plain.statuses) }));
}
