import { buildSchema, execute, GraphQLObjectType, GraphQLSchema, parse } from 'graphql';
import { JitExecution, MAX_COMPILED_OPERATIONS, withoutPropertyReaders } from './jit-execution';

const SCHEMA = `
  enum Kind { COMPLAINT OTHER }
  input Filter { kinds: [Kind!] from: String strict: Boolean! = false }
  type Query { echo(filter: Filter, first: Int = 50): String! fail: String }
`;

function schemaWithResolvers(): GraphQLSchema {
  const schema = buildSchema(SCHEMA);
  const query = schema.getQueryType()!.getFields();
  // What the resolver receives, key by key, so undefined and null stay apart.
  query.echo.resolve = (_root, args) => JSON.stringify(args, (_key, value: unknown) => (value === undefined ? '<undefined>' : value));
  query.fail.resolve = () => {
    throw new Error('boom');
  };
  return schema;
}

describe('JitExecution', () => {
  const schema = schemaWithResolvers();

  async function both(query: string, variables?: Record<string, unknown>) {
    const jit = new JitExecution(() => schema);
    const document = parse(query);
    const compiled = await jit.execute(document, null, {}, variables);
    const reference = await execute({ schema, document, variableValues: variables });
    return { jit, document, compiled, reference };
  }

  it('compiles an operation once and gives what graphql-js gives', async () => {
    const { jit, document, compiled, reference } = await both('query Q($f: Filter) { echo(filter: $f) }', { f: { kinds: ['COMPLAINT'], from: '2022-01-01' } });
    expect(jit.isCompiled(document, null)).toBe(true);
    expect(JSON.parse((compiled.data as { echo: string }).echo)).toEqual(JSON.parse((reference.data as { echo: string }).echo));
  });

  it('applies input-field and argument defaults and leaves omitted fields out, as graphql-js does (jit alone does not)', async () => {
    const { compiled, reference } = await both('query Q($f: Filter, $first: Int) { echo(filter: $f, first: $first) }', { f: { kinds: null } });
    expect(compiled.errors).toBeUndefined();
    const args = JSON.parse((compiled.data as { echo: string }).echo);
    expect(args).toEqual(JSON.parse((reference.data as { echo: string }).echo));
    expect(args).toEqual({ filter: { kinds: null, strict: false }, first: 50 });
  });

  it('reports bad variables with graphql-js errors, running nothing', async () => {
    const { compiled, reference } = await both('query Q($f: Filter) { echo(filter: $f) }', { f: { kinds: ['NOPE'] } });
    expect(compiled.data).toBeUndefined();
    expect(compiled.errors?.map((e) => e.message)).toEqual(reference.errors?.map((e) => e.message));
  });

  it('keeps resolver errors with path and original error', async () => {
    const { compiled } = await both('{ fail }');
    expect(compiled.errors?.[0].path).toEqual(['fail']);
    expect(compiled.errors?.[0].originalError?.message).toBe('boom');
  });

  it('leaves introspection to graphql-js and the schema itself', async () => {
    const { jit, document, compiled } = await both('{ __schema { types { name } } }');
    expect(jit.isCompiled(document, null)).toBe(false);
    const names = (compiled.data as { __schema: { types: { name: string }[] } }).__schema.types.map((t) => t.name);
    expect(names).not.toContain('JitCoercedVariable');
  });

  it('keeps at most MAX_COMPILED_OPERATIONS, dropping the least recently used', async () => {
    const jit = new JitExecution(() => schema);
    const first = parse('{ echo }');
    await jit.execute(first, null, {}, {});
    for (let i = 0; i < MAX_COMPILED_OPERATIONS; i++) {
      await jit.execute(parse(`{ a${i}: echo }`), null, {}, {});
      if (i === 10) await jit.execute(first, null, {}, {}); // used again: not the oldest any more
    }
    expect(jit.isCompiled(first, null)).toBe(true);
    const sizes = (jit as unknown as { compiled: Map<unknown, unknown> }).compiled.size;
    expect(sizes).toBeLessThanOrEqual(MAX_COMPILED_OPERATIONS);
  });
});

describe('withoutPropertyReaders', () => {
  /** As @nestjs/graphql makes one for each @Field without a resolver of its own. */
  function nestReader(property: string, defaultValue?: unknown) {
    const rootFieldResolver = (root: Record<string, unknown>) => {
      const value = root[property];
      return typeof value === 'undefined' ? defaultValue : value;
    };
    return rootFieldResolver;
  }

  function schemaWithReaders(): GraphQLSchema {
    const schema = buildSchema('type Query { item: Item } type Item { plain: String renamed: String defaulted: String own: String }');
    schema.getQueryType()!.getFields().item.resolve = () => ({ plain: 'p', internalName: 'r', own: 'o' });
    const item = (schema.getType('Item') as GraphQLObjectType).getFields();
    item.plain.resolve = nestReader('plain');
    item.renamed.resolve = nestReader('internalName');
    item.defaulted.resolve = nestReader('defaulted', 'd');
    item.own.resolve = (root: { own: string }) => root.own.toUpperCase();
    return schema;
  }

  it("leaves out only readers of the field's own property without a default", () => {
    const fields = (withoutPropertyReaders(schemaWithReaders()).getType('Item') as GraphQLObjectType).getFields();
    expect(fields.plain.resolve).toBeUndefined();
    expect(fields.renamed.resolve).toBeDefined();
    expect(fields.defaulted.resolve).toBeDefined();
    expect(fields.own.resolve).toBeDefined();
  });

  it('gives through jit what graphql-js gives with the readers', async () => {
    const schema = schemaWithReaders();
    const document = parse('{ item { plain renamed defaulted own } }');
    const jit = new JitExecution(() => schema);
    const compiled = await jit.execute(document, null, {}, undefined);
    expect(jit.isCompiled(document, null)).toBe(true);
    expect(compiled).toEqual(await execute({ schema, document }));
    expect(compiled.data).toEqual({ item: { plain: 'p', renamed: 'r', defaulted: 'd', own: 'O' } });
  });
});
