import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { putApiErrorsOnFields } from './api-field-errors';

const apiError = (...errors: { message: string; field?: string }[]) =>
  new CombinedError({ graphQLErrors: errors.map(({ message, field }) => new GraphQLError(message, { extensions: field ? { code: 'BAD_USER_INPUT', field } : {} })) });

describe('API errors onto form fields', () => {
  it("puts each message on the field its path names and returns the rest for the summary", () => {
    const setError = jest.fn();
    const general = putApiErrorsOnFields(
      apiError({ message: 'Navnet må ikke være tomt.', field: 'input.name' }, { message: 'Vælg mindst én enhed.', field: 'input.sourceIds[1]' }, { message: 'Enheden er lukket.' }),
      ['name', 'sourceIds', 'effectiveDate'],
      setError,
      'netværk',
    );
    expect(setError.mock.calls).toEqual([
      ['name', { type: 'server', message: 'Navnet må ikke være tomt.' }],
      ['sourceIds', { type: 'server', message: 'Vælg mindst én enhed.' }],
    ]);
    expect(general).toEqual(['Enheden er lukket.']);
  });

  it('keeps a message for a field the form does not have in the summary', () => {
    const setError = jest.fn();
    expect(putApiErrorsOnFields(apiError({ message: 'Ukendt felt.', field: 'input.other' }), ['name'], setError, 'netværk')).toEqual(['Ukendt felt.']);
    expect(setError).not.toHaveBeenCalled();
  });

  it("puts a row's message on the field a form names for it", () => {
    const setError = jest.fn();
    const rowField = (apiField: string) => apiField.replace(/^rows\[(\d+)\]\.decidedCases$/, 'unit$1');
    const general = putApiErrorsOnFields(apiError({ message: 'Afgjorte sager skal være et helt tal', field: 'rows[1].decidedCases' }), ['unit0', 'unit1'], setError, 'netværk', rowField);
    expect(setError.mock.calls).toEqual([['unit1', { type: 'server', message: 'Afgjorte sager skal være et helt tal' }]]);
    expect(general).toEqual([]);
  });

  it('says the server could not be reached when no GraphQL answer came', () => {
    const setError = jest.fn();
    expect(putApiErrorsOnFields(new CombinedError({ networkError: new Error('offline') }), ['name'], setError, 'netværk')).toEqual(['netværk']);
    expect(putApiErrorsOnFields(undefined, ['name'], setError, 'netværk')).toEqual([]);
  });
});
