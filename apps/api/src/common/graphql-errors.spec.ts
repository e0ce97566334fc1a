import { fieldFromCoercionMessage, isCoercionMessage } from './graphql-errors';

describe("GraphQL's own refusals of a variable", () => {
  it('name the field as a path below the variable', () => {
    expect(fieldFromCoercionMessage('Variable "$input" got invalid value 2.5 at "input.rows[1].decidedCases"; Int cannot represent non-integer value: 2.5')).toBe('rows[1].decidedCases');
    expect(fieldFromCoercionMessage('Variable "$input" got invalid value "x" at "input.kind"; Value "x" does not exist in "Kind" enum.')).toBe('kind');
    expect(fieldFromCoercionMessage('Variable "$year" got invalid value "x"; Int cannot represent non-integer value: "x"')).toBe('year');
    expect(fieldFromCoercionMessage('Field "SetDecidedCaseVolumesInput.year" of required type "Int!" was not provided.')).toBe('year');
  });

  it('are told from the errors of the resolvers', () => {
    expect(isCoercionMessage('Variable "$input" got invalid value 2.5 at "input.rows[1].decidedCases"; Int cannot represent non-integer value: 2.5')).toBe(true);
    expect(isCoercionMessage('Kommunen er allerede oprettet')).toBe(false);
  });
});
