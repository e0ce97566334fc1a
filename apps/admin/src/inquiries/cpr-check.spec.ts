import { CombinedError } from '@urql/core';
import { isCprRefusal, mustConfirmCpr } from './cpr-check';

describe('CPR warning', () => {
  it('asks before saving a summary with something shaped like a CPR number', () => {
    expect(mustConfirmCpr('Borgeren oplyste 010190-1234 i telefonen', false)).toBe(true);
    expect(mustConfirmCpr('Borgeren oplyste 0101901234', false)).toBe(true);
  });

  it('does not ask again once confirmed, nor for ordinary numbers', () => {
    expect(mustConfirmCpr('010190-1234', true)).toBe(false);
    expect(mustConfirmCpr('Sag 2019-1234 om hjemmehjælp', false)).toBe(false);
    expect(mustConfirmCpr('', false)).toBe(false);
  });

  it('recognises the API refusing the summary for it', () => {
    const refusal = new CombinedError({ graphQLErrors: [{ message: 'CPR', extensions: { code: 'BAD_USER_INPUT', field: 'summary' } }] });
    expect(isCprRefusal(refusal, 'x 010190-1234')).toBe(true);
    expect(isCprRefusal(refusal, 'too long but no cpr')).toBe(false);
    expect(isCprRefusal(undefined, '010190-1234')).toBe(false);
  });
});
