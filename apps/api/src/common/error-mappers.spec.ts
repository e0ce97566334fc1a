import { GraphQLError } from 'graphql';
import { DomainErrorKind, InvalidInputError, NotFoundError, TooManyRequestsError } from '@raadgiver/domain';
import { domainErrorOf } from './domain-error-of';
import { mapGraphqlErrors, toGraphqlErrors } from './graphql-errors';
import { httpStatusOf, restErrorBody } from './rest-error.filter';

describe('domain errors mapped to GraphQL', () => {
  it('gives one error per wrong field, with code, field, message code and the located path', () => {
    const located = new GraphQLError('x', { path: ['createInquiry'] });
    const errors = toGraphqlErrors(new InvalidInputError([{ path: 'firstContactOn', code: 'not_a_date' }, { path: 'reference', code: 'required' }]), 'da', located);
    expect(errors.map((e) => [e.message, e.extensions, e.path])).toEqual([
      ['Første kontakt skal være en dato (ÅÅÅÅ-MM-DD)', { code: 'BAD_USER_INPUT', messageCode: 'not_a_date', field: 'firstContactOn' }, ['createInquiry']],
      ['Reference skal udfyldes', { code: 'BAD_USER_INPUT', messageCode: 'required', field: 'reference' }, ['createInquiry']],
    ]);
  });

  it('carries retryAfterSeconds for too many requests', () => {
    expect(toGraphqlErrors(new TooManyRequestsError(30, 'too_many_expensive'), 'en')[0].extensions).toEqual({ code: 'TOO_MANY_REQUESTS', messageCode: 'too_many_expensive', retryAfterSeconds: 30 });
  });

  it('maps the domain errors among an execution’s errors and leaves the others for formatError', () => {
    const domain = new GraphQLError('The inquiry was not found', { originalError: new NotFoundError('inquiry') });
    const internal = new GraphQLError('relation "x" does not exist', { originalError: new Error('relation "x" does not exist') });
    const mapped = mapGraphqlErrors([domain, internal], 'en');
    expect(mapped.map((e) => [e.message, e.extensions.code])).toEqual([
      ['The inquiry was not found', 'NOT_FOUND'],
      ['relation "x" does not exist', undefined],
    ]);
  });
});

describe('the database away', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

  it('is answered as unavailable in GraphQL, with the Danish message and nothing of the driver', () => {
    const [mapped] = mapGraphqlErrors([new GraphQLError(refused.message, { path: ['createInquiry'], originalError: refused })], 'da');
    expect([mapped.message, mapped.extensions, mapped.path]).toEqual([
      'Tjenesten er midlertidigt utilgængelig; prøv igen om lidt',
      { code: 'SERVICE_UNAVAILABLE', messageCode: 'database_unavailable', retryAfterSeconds: 5 },
      ['createInquiry'],
    ]);
  });

  it('is the domain error of the REST endpoints too, and a statement gone wrong is none', () => {
    const error = domainErrorOf(refused);
    expect(error && [httpStatusOf(error.kind), restErrorBody(error, 'en').message]).toEqual([503, 'The service is temporarily unavailable; try again shortly']);
    expect(domainErrorOf(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeNull();
  });
});

describe('domain errors mapped to REST', () => {
  it('has an HTTP status for every kind', () => {
    const statuses: Record<DomainErrorKind, number> = { invalid_input: 400, unauthenticated: 401, forbidden: 403, not_found: 404, conflict: 409, too_many_requests: 429, service_unavailable: 503 };
    for (const [kind, status] of Object.entries(statuses)) expect(httpStatusOf(kind as DomainErrorKind)).toBe(status);
  });

  it('answers the first error at the top and every one in errors', () => {
    const body = restErrorBody(new InvalidInputError([{ path: 'file', code: 'file_empty' }, { path: 'createMissing', code: 'not_boolean' }]), 'da');
    expect(body).toEqual({
      code: 'BAD_USER_INPUT', messageCode: 'file_empty', message: 'Filen er tom', field: 'file',
      errors: [
        { code: 'BAD_USER_INPUT', messageCode: 'file_empty', message: 'Filen er tom', field: 'file' },
        { code: 'BAD_USER_INPUT', messageCode: 'not_boolean', message: 'Opret manglende skal være ja eller nej', field: 'createMissing' },
      ],
    });
  });
});
