import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { Client } from 'pg';
import { Session, useTestApi } from '../testing/test-api';
import { JitExecution } from './jit-execution';

const LIST = `query List($filter: InquiryFilter, $first: Int) { inquiries(filter: $filter, first: $first) {
  totalCount pageInfo { endCursor hasNextPage }
  edges { node { id reference receivedOn kind citizen { id displayName } categories { id name } responseTimes { daysToClose } } } } }`;

describe('GraphQL executed by graphql-jit', () => {
  const t = useTestApi();
  let advisor: Session;
  let execute: jest.SpyInstance;

  beforeAll(async () => {
    advisor = await t.api.login('advisor@lejre.demo');
  });

  beforeEach(() => {
    execute = jest.spyOn(JitExecution.prototype, 'execute');
  });

  afterEach(() => execute.mockRestore());

  /** Whether the last operation the API executed ran compiled. */
  function ranCompiled(): boolean {
    const jit = execute.mock.contexts.at(-1) as JitExecution;
    const [document, operationName] = execute.mock.calls.at(-1)!;
    return jit.isCompiled(document, operationName);
  }

  it('runs the inquiry list compiled, with its filter coerced as graphql-js does', async () => {
    const result = await t.api.gql<{ inquiries: { totalCount: number; edges: { node: { kind: string } }[] } }>(
      LIST,
      { filter: { kinds: ['COMPLAINT'] }, first: 5 },
      advisor,
    );
    expect(result.errors).toBeUndefined();
    expect(ranCompiled()).toBe(true);
    expect(result.data!.inquiries.edges.length).toBeGreaterThan(0);
    expect(result.data!.inquiries.edges.every((e) => e.node.kind === 'COMPLAINT')).toBe(true);
  });

  it("compiles against the app's schema without Nest's property readers, keeping the resolvers of its own", async () => {
    await t.api.gql(LIST, { first: 1 }, advisor);
    const jit = execute.mock.contexts.at(-1) as JitExecution;
    const inquiry = jit.compiledSchema().getType('Inquiry') as GraphQLObjectType;
    const original = (jit as unknown as { schema: () => GraphQLSchema }).schema().getType('Inquiry') as GraphQLObjectType;
    // Nest gives every field a reader; jit's copy reads plain properties inline.
    expect(original.getFields().reference.resolve?.name).toBe('rootFieldResolver');
    for (const field of ['id', 'reference', 'receivedOn', 'citizen', 'categories', 'responseTimes']) expect(inquiry.getFields()[field].resolve).toBeUndefined();
    for (const field of ['mainInquiry', 'followUps', 'learningEntries']) expect(inquiry.getFields()[field].resolve).toBeDefined();
  });

  it('reads the list, its total and its audit row in one round trip to the database', async () => {
    const query = jest.spyOn(Client.prototype, 'query');
    try {
      const result = await t.api.gql(LIST, { filter: { from: '2020-01-01' }, first: 2 }, advisor);
      expect(result.errors).toBeUndefined();
      expect(query).toHaveBeenCalledTimes(1);
    } finally {
      query.mockRestore();
    }
    const { rows } = await t.db.admin.query(`SELECT details FROM audit_event WHERE action = 'inquiry.search' ORDER BY occurred_at DESC LIMIT 1`);
    expect(rows[0].details).toMatchObject({ criteria: { from: '2020-01-01' }, first: 2 });
  });

  it('applies input defaults from variables (a mutation whose input leaves out confirmCprLike)', async () => {
    const [{ id: citizenId }] = (await t.db.admin.query(`SELECT c.id FROM citizen c JOIN tenant t ON t.id = c.tenant_id WHERE t.slug = 'lejre' LIMIT 1`)).rows;
    const result = await t.api.gql<{ createInquiry: { id: string } }>(
      'mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }',
      { input: { reference: 'JIT-1', receivedOn: '2024-01-10', channel: 'PHONE', citizenId, kind: 'GUIDANCE', categoryIds: [], summary: 'jit' } },
      advisor,
    );
    expect(result.errors).toBeUndefined();
    expect(ranCompiled()).toBe(true);
  });

  it('answers errors from guards, services and variables as before, through formatError', async () => {
    const anonymous = await t.api.gql(LIST, {});
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(anonymous.data).toBeNull();

    const notFound = await t.api.gql('query Q($id: ID!) { inquiry(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, advisor);
    expect(ranCompiled()).toBe(true);
    expect(notFound.errors?.[0]).toMatchObject({ message: 'Henvendelsen findes ikke', path: ['inquiry'], extensions: { code: 'NOT_FOUND', field: 'id' } });

    const badPage = await t.api.gql(LIST, { first: 0 }, advisor);
    expect(badPage.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });

    const badVariable = await t.api.gql(LIST, { filter: { kinds: ['NOPE'] } }, advisor);
    expect(badVariable.status).toBe(400);
    expect(badVariable.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badVariable.errors?.[0]).toMatchObject({ message: 'Typer nr. 1 er ikke gyldig', extensions: { field: 'kinds[0]', messageCode: 'invalid' } });
  });
});
