import { CombinedError } from '@urql/core';
import { apiErrorsOf, errorCodeOf, formFieldOf, isUnauthenticated } from './api-errors';

function graphQLError(message: string, extensions: Record<string, unknown>): CombinedError {
  return new CombinedError({ graphQLErrors: [{ message, extensions }] });
}

describe('api errors', () => {
  it('puts a message next to the field the API names', () => {
    const error = graphQLError('Name must not be empty', { code: 'BAD_USER_INPUT', field: 'name' });
    expect(apiErrorsOf(error, ['name', 'shortName'])).toEqual({
      fields: { name: 'Name must not be empty' },
      general: [],
      network: false,
    });
  });

  it('maps nested and indexed field paths to the form field', () => {
    expect(formFieldOf('input.shortName')).toBe('shortName');
    expect(formFieldOf('input.sourceIds[2]')).toBe('sourceIds');
  });

  it('keeps messages for unknown fields and field-less errors as general', () => {
    const error = new CombinedError({
      graphQLErrors: [
        { message: 'Unit not found', extensions: { code: 'NOT_FOUND' } },
        { message: 'Bad id', extensions: { code: 'BAD_USER_INPUT', field: 'id' } },
      ],
    });
    expect(apiErrorsOf(error, ['name'])).toEqual({ fields: {}, general: ['Unit not found', 'Bad id'], network: false });
  });

  it('flags network failures', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(apiErrorsOf(error, []).network).toBe(true);
  });

  it('reads the error code', () => {
    const error = graphQLError('Please sign in', { code: 'UNAUTHENTICATED' });
    expect(errorCodeOf(error)).toBe('UNAUTHENTICATED');
    expect(isUnauthenticated(error)).toBe(true);
    expect(errorCodeOf(undefined)).toBeUndefined();
  });
});
