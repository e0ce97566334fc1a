import {
  ConflictError, DomainError, DomainErrorKind, ForbiddenError, InvalidInputError, NotFoundError, presentError, ServiceUnavailableError, SUBJECTS, TooManyRequestsError, UnauthenticatedError,
} from './domain-errors';
import { ERROR_CODES } from './error-codes';

/** One error of every kind: the Record type fails to compile when a kind is added without an example here. */
const EXAMPLES: Record<DomainErrorKind, DomainError> = {
  not_found: new NotFoundError('citizen', 'citizenId'),
  invalid_input: new InvalidInputError([
    { path: 'firstContactOn', code: 'not_a_date' },
    { path: 'closedOn', code: 'date_before_field', params: { other: 'receivedOn', date: '2024-01-10' } },
  ]),
  conflict: new ConflictError('reference'),
  forbidden: new ForbiddenError(),
  unauthenticated: new UnauthenticatedError('session_ended'),
  too_many_requests: new TooManyRequestsError(42, 'too_many_logins'),
  service_unavailable: new ServiceUnavailableError(),
};

describe('domain errors as clients are told of them', () => {
  it('maps every kind to a known code, with a message in each language', () => {
    for (const error of Object.values(EXAMPLES)) {
      for (const language of ['da', 'en'] as const) {
        const presented = presentError(error, language);
        expect(presented.length).toBeGreaterThan(0);
        for (const p of presented) {
          expect(ERROR_CODES).toContain(p.code);
          expect(p.message).not.toMatch(/undefined|NaN/);
        }
      }
    }
  });

  it('keeps the codes and fields clients read', () => {
    expect(presentError(EXAMPLES.not_found, 'da')).toEqual([{ code: 'NOT_FOUND', messageCode: 'not_found', message: 'Borgeren findes ikke', field: 'citizenId' }]);
    expect(presentError(EXAMPLES.conflict, 'da')).toEqual([{ code: 'CONFLICT', messageCode: 'already_exists', message: 'Reference er allerede i brug', field: 'reference' }]);
    expect(presentError(EXAMPLES.forbidden, 'en')).toEqual([{ code: 'FORBIDDEN', messageCode: 'forbidden_role', message: 'Your role does not allow this' }]);
    expect(presentError(EXAMPLES.unauthenticated, 'da')[0]).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Sessionen er afsluttet; log ind igen' });
    expect(presentError(EXAMPLES.too_many_requests, 'da')[0]).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: 'For mange mislykkede logins; prøv igen om 42 sekunder' });
    expect(presentError(EXAMPLES.service_unavailable, 'da')).toEqual([
      { code: 'SERVICE_UNAVAILABLE', messageCode: 'session_store_unavailable', message: 'Login og adgang er midlertidigt utilgængelige; prøv igen om lidt' },
    ]);
  });

  it('tells every wrong field of an input, naming another field by its label', () => {
    expect(presentError(EXAMPLES.invalid_input, 'da')).toEqual([
      { code: 'BAD_USER_INPUT', messageCode: 'not_a_date', field: 'firstContactOn', message: 'Første kontakt skal være en dato (ÅÅÅÅ-MM-DD)' },
      { code: 'BAD_USER_INPUT', messageCode: 'date_before_field', field: 'closedOn', message: 'Afsluttet må ikke ligge før modtaget (10. januar 2024)' },
    ]);
    expect(presentError(EXAMPLES.invalid_input, 'en')[1].message).toBe('Closed on must not be before received on (10 January 2024)');
  });

  it('has a Danish and English name for every subject', () => {
    for (const subject of Object.values(SUBJECTS)) expect(subject.da && subject.en).toBeTruthy();
  });

  it('needs at least one problem for invalid input', () => {
    expect(() => new InvalidInputError([])).toThrow();
  });
});
