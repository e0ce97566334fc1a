import { apiErrorsOf, requestIdOf } from '../graphql/api-errors';
import { restErrorOf } from './rest-request';

describe('restErrorOf', () => {
  it('puts each of the answer errors that name a field at the field, the rest in general', () => {
    const body = {
      code: 'BAD_USER_INPUT',
      message: 'Filen er tom.',
      field: 'file',
      errors: [
        { code: 'BAD_USER_INPUT', messageCode: 'file_empty', message: 'Filen er tom.', field: 'file' },
        { code: 'BAD_USER_INPUT', messageCode: 'not_boolean', message: 'Vælg ja eller nej.', field: 'createMissing' },
        { code: 'FORBIDDEN', messageCode: 'forbidden', message: 'Du har ikke adgang.' },
      ],
    };
    expect(apiErrorsOf(restErrorOf(body, 'fejl'), ['file', 'createMissing'])).toEqual({
      fields: { file: 'Filen er tom.', createMissing: 'Vælg ja eller nej.' },
      general: ['Du har ikke adgang.'],
      network: false,
    });
  });

  it('reads an answer with only the first error at the top', () => {
    expect(apiErrorsOf(restErrorOf({ code: 'BAD_USER_INPUT', message: 'Filen er for stor.', field: 'file' }, 'fejl'), ['file'])).toEqual({
      fields: { file: 'Filen er for stor.' },
      general: [],
      network: false,
    });
  });

  it('gives the fallback for an answer that is not the API error', () => {
    for (const body of [null, '<html>Bad gateway</html>', { errors: [] }, { statusCode: 502 }]) {
      expect(apiErrorsOf(restErrorOf(body, 'Filen kunne ikke sendes (502).'), ['file'])).toEqual({
        fields: {},
        general: ['Filen kunne ikke sendes (502).'],
        network: false,
      });
    }
  });

  it("keeps the request id of the body, else of the X-Request-Id header, for the error's small print", () => {
    expect(requestIdOf(restErrorOf({ code: 'INTERNAL', message: 'Der skete en fejl', requestId: 'from-the-body-1' }, 'fejl', 'from-the-header-1'))).toBe('from-the-body-1');
    expect(requestIdOf(restErrorOf('<html>Bad gateway</html>', 'fejl', 'from-the-header-1'))).toBe('from-the-header-1');
    expect(requestIdOf(restErrorOf(null, 'fejl', null))).toBeUndefined();
  });
});
