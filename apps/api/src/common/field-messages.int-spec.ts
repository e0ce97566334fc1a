import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType, getNullableType, GraphQLArgument, GraphQLInputField, GraphQLInputObjectType, GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isLeafType,
  isListType, isNonNullType, isScalarType,
} from 'graphql';
import { GqlResult, Session, useTestApi } from '../testing/test-api';

/** A message in Danish: Danish letters or words, none of the English ones. */
const DANISH = /[æøåÆØÅ]|\b(skal|må|ikke|findes)\b/;
const ENGLISH = /\b(must|should|is|not|was|are)\b/;

/** Input fields that are dates (YYYY-MM-DD strings) or e-mail addresses, by name. */
const isDateField = (name: string) => /On$|^(from|to|validFrom|effectiveDate)$/.test(name);
const isEmailField = (name: string) => name === 'email';

type Value = unknown;

/** Ids of records the API must find for a mutation to reach its field checks, by `Type.field` or field (set up below). */
const known: Record<string, string> = {};

/** Required texts that may be empty: an empty follow-up note introduction means none. */
const EMPTY_ALLOWED = new Set(['intro']);

/** A value GraphQL accepts for the type, as plausible as the field's name allows (so only the wrong field is wrong). */
function plausible(type: GraphQLInputType, name: string, owner = ''): Value {
  if (isNonNullType(type)) return plausible(type.ofType, name, owner);
  if (isListType(type)) return [];
  if (isInputObjectType(type)) return baseOf(type);
  if (isEnumType(type)) return type.getValues()[0].name;
  switch (type.name) {
    case 'ID':
      return known[`${owner}.${name}`] ?? known[name] ?? '0f8fad5b-d9cb-469f-a165-70867728950e';
    case 'Int':
    case 'Float':
      return name === 'year' || name === 'populationYear' ? 2024 : 1;
    case 'Boolean':
      return false;
    default:
      if (isDateField(name)) return '2024-01-10';
      if (isEmailField(name)) return 'navn@example.dk';
      if (/Url$/.test(name)) return 'https://login.example.dk/tenant';
      return name === 'kommunekode' ? '101' : name === 'slug' ? 'prove' : name === 'nationalCode' || name === 'code' ? 'andet' : name === 'password' ? 'Et-langt-kodeord-2026' : 'Tekst';
  }
}

function baseOf(type: GraphQLInputObjectType): Record<string, Value> {
  return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, plausible(f.type, f.name, type.name)]));
}

interface Case {
  mutation: string;
  /** The field as the API names it (relative to the input). */
  path: string;
  /** What is wrong with the value sent. */
  wrong: string;
  document: string;
  variables: Record<string, Value>;
}

/** One wrong value for a field, or null for fields GraphQL itself checks completely (enums, booleans). */
function wrongValue(field: GraphQLInputField | GraphQLArgument): [string, Value] | null {
  const named = getNamedType(field.type);
  const list = isListType(getNullableType(field.type));
  if (!isScalarType(named)) return null;
  const required = isNonNullType(field.type) && field.defaultValue === undefined;
  let wrong: [string, Value] | null;
  switch (named.name) {
    case 'ID':
      // GraphQL takes a number for an ID: it reaches the API as a string that is no id.
      wrong = ['a number for an id', 12345];
      break;
    case 'Int':
    case 'Float':
      wrong = ['a number far out of range', -1_000_000_000];
      break;
    case 'String':
      if (isDateField(field.name)) wrong = ['a date that does not exist', '2024-02-30'];
      else if (isEmailField(field.name)) wrong = ['no e-mail address', 'ikke-en-adresse'];
      else if (required && !EMPTY_ALLOWED.has(field.name)) wrong = ['an empty required text', ''];
      // Longer than any text limit (the longest is 50,000), within the request body limit.
      else wrong = ['an over-long text', 'x'.repeat(50_001)];
      break;
    default:
      wrong = null;
  }
  return wrong && list ? [`${wrong[0]} in a list`, [wrong[1]]] : wrong;
}

/** Every mutation's fields (inputs walked into nested input objects), each with one wrong value. */
function casesOf(schema: GraphQLSchema): Case[] {
  const cases: Case[] = [];
  for (const mutation of Object.values(schema.getMutationType()!.getFields())) {
    if (mutation.args.length === 0) continue;
    const selection = isLeafType(getNamedType(mutation.type)) ? '' : ' { __typename }';
    const document = `mutation M(${mutation.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')}) { ${mutation.name}(${mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`;
    const base = Object.fromEntries(mutation.args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, plausible(a.type, a.name)]));
    for (const arg of mutation.args) {
      const input = getNullableType(arg.type);
      if (!isInputObjectType(input)) {
        const wrong = wrongValue(arg);
        if (wrong) cases.push({ mutation: mutation.name, path: arg.name, wrong: wrong[0], document, variables: { ...base, [arg.name]: wrong[1] } });
        continue;
      }
      // Input objects: each field in turn, nested input objects (period.to) included.
      const walk = (type: GraphQLInputObjectType, prefix: string[], set: (value: Record<string, Value>) => Record<string, Value>) => {
        for (const field of Object.values(type.getFields())) {
          const nested = getNullableType(field.type);
          if (isInputObjectType(nested)) {
            walk(nested, [...prefix, field.name], (value) => set({ ...baseOf(type), [field.name]: value }));
            continue;
          }
          // A list of input objects (a taxonomy's entries): its first element's fields.
          const element = isListType(nested) ? getNullableType(nested.ofType) : null;
          if (element && isInputObjectType(element)) {
            // With two more plausible elements: a taxonomy has at least three entries.
            walk(element, [...prefix, `${field.name}[0]`], (value) => set({ ...baseOf(type), [field.name]: [value, baseOf(element), baseOf(element)] }));
            continue;
          }
          const wrong = wrongValue(field);
          if (!wrong) continue;
          const inner = { ...baseOf(type), [field.name]: wrong[1] };
          cases.push({ mutation: mutation.name, path: [...prefix, field.name].join('.'), wrong: wrong[0], document, variables: { ...base, [arg.name]: set(inner) } });
        }
      };
      // The field is named from the argument when it is not the usual `input` (requestArchivePackage's period.from).
      walk(input, arg.name === 'input' ? [] : [arg.name], (value) => value);
    }
  }
  return cases;
}

describe('every mutation’s input, one wrong field at a time: the field’s path and a message in the user’s language', () => {
  const context = useTestApi();
  let schema: GraphQLSchema;
  let sessions: Session[];

  beforeAll(async () => {
    schema = context.api.app.get(GraphQLSchemaHost).schema;
    sessions = await Promise.all(['advisor@lejre.demo', 'admin@lejre.demo', 'contact@lejre.demo', 'operator@raadgiver.demo'].map((email) => context.api.login(email)));
    known.citizenId = await context.api.createCitizen(sessions[0], `WALK-${Date.now()}`);
    const inquiry = await context.api.gql<{ createInquiry: { id: string } }>(
      'mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }',
      { input: { reference: `WALK-${Date.now()}`, receivedOn: '2024-01-10', channel: 'PHONE', citizenId: known.citizenId, kind: 'GUIDANCE', categoryIds: [], summary: 'Resumé' } },
      sessions[0],
    );
    known['UpdateInquiryInput.id'] = inquiry.data!.createInquiry.id;
    // A municipality that exists, so that deleteTenant reaches its confirmation (and stops there: nothing is exported).
    known.tenantId = (await context.db.admin.query<{ id: string }>(`SELECT id FROM tenant WHERE slug = 'lejre'`)).rows[0].id;
  });

  /** Stored rows of every table but the ones a refused request writes on purpose (security events of logins). */
  const stored = async () => {
    const { rows } = await context.db.admin.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('security_event', 'migrations') ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of rows) counts[table_name] = (await context.db.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`)).rows[0].n;
    return counts;
  };

  /** The answer of the first session the mutation lets in (the guard refuses roles before the input is read). */
  const send = async (c: Case, language?: string): Promise<GqlResult> => {
    let result: GqlResult | undefined;
    for (const session of sessions) {
      result = await context.api.gql(c.document, c.variables, { ...session, language });
      const code = result.errors?.[0]?.extensions.code;
      if (code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED') return result;
    }
    return result!;
  };

  const errorOf = (result: GqlResult, path: string) => result.errors?.find((e) => e.extensions.field === path || e.extensions.field?.startsWith(`${path}[`));

  it('covers every mutation with arguments', () => {
    const cases = casesOf(schema);
    const withArgs = Object.values(schema.getMutationType()!.getFields()).filter((m) => m.args.some((a) => wrongValue(a) || isInputObjectType(getNullableType(a.type))));
    expect(new Set(cases.map((c) => c.mutation))).toEqual(new Set(withArgs.map((m) => m.name)));
    expect(cases.length).toBeGreaterThan(80);
  });

  it('answers each wrong field in Danish by default and in English when asked, and stores nothing', async () => {
    const before = await stored();
    const wrong: unknown[] = [];
    for (const c of casesOf(schema)) {
      const danish = await send(c);
      const da = errorOf(danish, c.path);
      const internalName = /[A-Z]/.test(c.path) ? c.path.split('.').pop()! : null;
      if (
        // (A nullable mutation answers null data for its field, a non-null one null data.)
        (danish.data as Record<string, unknown> | null)?.[c.mutation] != null ||
        !da ||
        !['BAD_USER_INPUT', 'NOT_FOUND'].includes(da.extensions.code) ||
        !DANISH.test(da.message) ||
        /\b(must|should)\b/.test(da.message) ||
        (internalName !== null && da.message.includes(internalName))
      ) {
        wrong.push({ mutation: c.mutation, path: c.path, sent: c.wrong, language: 'da', answer: danish.errors ?? danish.data });
        continue;
      }
      const english = await send(c, 'en');
      const en = errorOf(english, c.path);
      if (!en || en.extensions.code !== da.extensions.code || !ENGLISH.test(en.message) || DANISH.test(en.message)) {
        wrong.push({ mutation: c.mutation, path: c.path, sent: c.wrong, language: 'en', answer: english.errors ?? english.data });
      }
    }
    expect(wrong).toEqual([]);
    expect(await stored()).toEqual(before);
  }, 300_000);

  it('answers a value of the wrong type, which GraphQL refuses itself, in the user’s language too', async () => {
    const document = 'mutation S($year: Int!, $text: String) { setBenchmarkComment(year: $year, text: $text) }';
    const danish = await context.api.gql(document, { year: 'sidste år', text: 'x' }, sessions[0]);
    expect(danish.errors?.[0]).toMatchObject({ message: 'År er ikke gyldig', extensions: { code: 'BAD_USER_INPUT', field: 'year', messageCode: 'invalid' } });
    const english = await context.api.gql(document, { year: 'last year', text: 'x' }, { ...sessions[0], language: 'en' });
    expect(english.errors?.[0]).toMatchObject({ message: 'Year is not valid', extensions: { field: 'year' } });
  });

  it('answers every wrong field of an input at once', async () => {
    const advisor = sessions[0];
    const citizenId = await context.api.createCitizen(advisor, `TWO-${Date.now()}`);
    const result = await context.api.gql(
      'mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }',
      { input: { reference: `TWO-${Date.now()}`, receivedOn: '2024-01-10', firstContactOn: '2024-02-30', closedOn: '2024-01-05', channel: 'PHONE', citizenId, kind: 'GUIDANCE', categoryIds: [], summary: '' } },
      advisor,
    );
    expect(result.data).toBeNull();
    expect(result.errors?.map((e) => [e.extensions.code, e.extensions.field, e.extensions.messageCode, e.message])).toEqual(
      expect.arrayContaining([
        ['BAD_USER_INPUT', 'firstContactOn', 'not_a_date', 'Første kontakt skal være en dato (ÅÅÅÅ-MM-DD)'],
        ['BAD_USER_INPUT', 'closedOn', 'date_before_field', 'Afsluttet må ikke ligge før modtaget (10. januar 2024)'],
        ['BAD_USER_INPUT', 'summary', 'required', 'Resumé skal udfyldes'],
      ]),
    );
    const citizen = await context.api.gql(
      'mutation C($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }',
      { input: { reference: '', displayName: 'x'.repeat(201), email: 'ikke-en-adresse' } },
      { ...advisor, language: 'en' },
    );
    expect(citizen.errors?.map((e) => [e.extensions.field, e.message])).toEqual([
      ['reference', 'Reference is required'],
      ['displayName', 'Name must be at most 200 characters'],
      ['email', 'E-mail must be a valid e-mail address'],
    ]);
  });
});
