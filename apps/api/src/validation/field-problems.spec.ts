import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import { API_RESOLVERS } from '../schema/emit-schema';
import { CreateInquiryInput } from '../inquiries/dto/inquiry.inputs';
import { CreateNationalTaxonomyVersionInput } from '../benchmark/benchmark.types';
import { SetDecidedCasesInput } from '../follow-up/dto/follow-up.inputs';
import { fieldProblems, MAPPED_CONSTRAINTS } from './field-problems';

describe('class-validator’s findings as catalogue problems', () => {
  it('maps every constraint the API’s inputs use (no English default message can reach a user)', () => {
    expect(API_RESOLVERS.length).toBeGreaterThan(0); // imports every input type, registering its constraints
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, { type: string; name?: string; constraintCls?: unknown }[]> };
    const names = new Set<string>();
    for (const metadatas of storage.validationMetadatas.values()) {
      for (const m of metadatas) {
        if (['conditionalValidation', 'nestedValidation', 'isDefined', 'whitelistValidation'].includes(m.type) || m.type === 'customValidation' && !m.constraintCls) continue;
        const name = m.name ?? getMetadataStorage().getTargetValidatorConstraints(m.constraintCls as never)[0]?.name;
        if (name) names.add(name);
      }
    }
    expect(names.size).toBeGreaterThan(10);
    expect([...names].filter((name) => !MAPPED_CONSTRAINTS.has(name))).toEqual([]);
  });

  it('tells one problem per wrong field, every field at once, with the constraint’s arguments', async () => {
    const input = plainToInstance(CreateInquiryInput, { reference: '', receivedOn: '2024-01-10', channel: 'nope', citizenId: 'x', kind: 'guidance', categoryIds: [], summary: '' });
    const problems = fieldProblems(await validate(input));
    expect(problems).toEqual(expect.arrayContaining([{ path: 'channel', code: 'not_in_list' }, { path: 'citizenId', code: 'not_an_id' }]));
    expect(new Set(problems.map((p) => p.path)).size).toBe(problems.length);

    const year = fieldProblems(await validate(plainToInstance(SetDecidedCasesInput, { orgUnitId: '0f8fad5b-d9cb-469f-a165-70867728950e', year: 1000, decidedCases: -1 })));
    expect(year).toEqual([
      { path: 'year', code: 'out_of_range', params: { min: expect.any(Number), max: expect.any(Number) } },
      { path: 'decidedCases', code: 'out_of_range', params: { min: 0, max: 10_000_000 } },
    ]);
  });

  it('names nested fields by their path', async () => {
    const entry = { kind: 'category', code: 'Ugyldig', nameDa: '', nameEn: 'x', sortOrder: 1 };
    const problems = fieldProblems(await validate(plainToInstance(CreateNationalTaxonomyVersionInput, { entries: [entry] })), 'input');
    expect(problems).toEqual([
      { path: 'input.entries', code: 'too_few', params: { min: 3 } },
      { path: 'input.entries[0].code', code: 'invalid_format' },
      { path: 'input.entries[0].nameDa', code: 'too_short', params: { min: 1 } },
    ]);
  });
});
