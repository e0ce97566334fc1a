import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { ALL_TENANT_TABLES } from '@raadgiver/db';
import { TenantRole } from '@raadgiver/domain';
import { API_RESOLVERS } from '../schema/emit-schema';
import { Session, useTestApi } from '../testing/test-api';

/** Operations per run, every role and operation together. */
const MIN_OPERATIONS = 10_000;
/** These end or replace the caller's own session; the session tests cover them. */
const SKIPPED = new Set(['Mutation.login', 'Mutation.logout', 'Mutation.refresh']);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

interface Operation {
  name: string;
  root: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  access: string;
  hasId: boolean;
}

/** A deterministic pseudo-random sequence, so a failure repeats. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function hasIdArgument(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => hasIdArgument(field.type, seen));
}

/** The scalar fields of an object type, and of its object fields one level down: what an answer could leak. */
function selectionOf(type: GraphQLNamedType, depth = 0): string {
  if (isUnionType(type) || isInterfaceType(type)) return '{ __typename }';
  if (!isObjectType(type)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) parts.push(field.name);
    else if (depth < 1 && isObjectType(named)) parts.push(`${field.name} ${selectionOf(named, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function typeName(type: GraphQLInputType): string {
  return String(type);
}

describe('another municipality’s ids in every operation of the schema, as every role (fuzz)', () => {
  const context = useTestApi({ EXPENSIVE_OPERATIONS_PER_MINUTE: '1000000' });
  let schema: GraphQLSchema;
  let operations: Operation[];
  const sessions = new Map<TenantRole, Session>();
  let foreign: { tenantId: string; ids: string[]; idSet: Set<string>; texts: string[] };

  /** Every tenant-owned row of Lejre, hashed table by table (as the database's owner, past RLS). */
  const digest = async (): Promise<string[]> => {
    const out: string[] = [];
    for (const table of ALL_TENANT_TABLES) {
      const { rows } = await context.db.admin.query(`SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS d FROM ${table} t WHERE tenant_id = $1`, [foreign.tenantId]);
      out.push(`${table}:${rows[0].d}`);
    }
    return out;
  };

  beforeAll(async () => {
    const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
    await app.init();
    schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS);
    await app.close();
    const roots: [GraphQLObjectType | null | undefined, 'query' | 'mutation'][] = [[schema.getQueryType(), 'query'], [schema.getMutationType(), 'mutation']];
    operations = roots.flatMap(([root, kind]) =>
      root
        ? Object.values(root.getFields())
            .filter((field) => !SKIPPED.has(`${root.name}.${field.name}`))
            .map((field) => ({ name: `${root.name}.${field.name}`, root: kind, field, access: String(field.extensions?.access ?? ''), hasId: field.args.some((arg) => hasIdArgument(arg.type)) }))
        : [],
    );

    const db = context.db.admin;
    const tenantId = (await db.query(`SELECT id FROM tenant WHERE slug = 'lejre'`)).rows[0].id as string;
    const ids: string[] = [];
    for (const table of ALL_TENANT_TABLES) {
      const hasId = (await db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = $1 AND column_name = 'id'`, [table])).rowCount;
      if (hasId) ids.push(...(await db.query(`SELECT id::text FROM ${table} WHERE tenant_id = $1 ORDER BY id LIMIT 40`, [tenantId])).rows.map((r) => r.id as string));
    }
    const lejreOnlyUsers = await db.query(
      `SELECT u.id::text, u.email FROM app_user u WHERE EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.tenant_id = $1)
          AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.tenant_id <> $1)`,
      [tenantId],
    );
    ids.push(...lejreOnlyUsers.rows.map((r) => r.id as string));
    // Case content that only Lejre has: citizens' names and references, inquiries' references and summaries.
    const texts = (
      await db.query(
        `SELECT DISTINCT v FROM (
           SELECT display_name AS v FROM citizen WHERE tenant_id = $1 UNION ALL SELECT reference FROM citizen WHERE tenant_id = $1
           UNION ALL SELECT reference FROM inquiry WHERE tenant_id = $1 UNION ALL SELECT left(summary, 40) FROM inquiry WHERE tenant_id = $1) t
          WHERE length(v) >= 8 AND NOT EXISTS (SELECT 1 FROM citizen c WHERE c.tenant_id <> $1 AND (c.display_name = v OR c.reference = v))
            AND NOT EXISTS (SELECT 1 FROM inquiry i WHERE i.tenant_id <> $1 AND (i.reference = v OR left(i.summary, 40) = v))
          LIMIT 300`,
        [tenantId],
      )
    ).rows.map((r) => r.v as string);
    texts.push(...lejreOnlyUsers.rows.map((r) => r.email as string));
    foreign = { tenantId, ids, idSet: new Set(ids), texts };

    for (const [role, mailbox] of [['advisor', 'advisor'], ['tenant_admin', 'admin'], ['department_contact', 'contact'], ['council_viewer', 'council']] as const) {
      sessions.set(role, await context.api.login(`${mailbox}@lyngby-taarbaek.demo`));
    }
  }, 120_000);

  it(`runs at least ${MIN_OPERATIONS} operations: nothing of Lejre comes back or changes; "not found" where the role may call, "forbidden" where not`, async () => {
    expect(operations.length).toBeGreaterThan(60);
    expect(foreign.ids.length).toBeGreaterThan(100);
    expect(foreign.texts.length).toBeGreaterThan(20);
    const random = prng(1302);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];

    const valueFor = (type: GraphQLInputType, name: string, depth = 0): unknown => {
      if (isNonNullType(type)) return valueFor(type.ofType, name, depth);
      if (isListType(type)) return [valueFor(type.ofType, name, depth)];
      const named = getNullableType(type);
      if (isEnumType(named)) return pick(named.getValues()).name;
      if (isInputObjectType(named)) {
        if (depth > 3) return null;
        const fields = Object.values(named.getFields()).filter((field) => isNonNullType(field.type) || random() < 0.7);
        return Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, field.name, depth + 1)]));
      }
      switch ((named as GraphQLNamedType).name) {
        case 'ID':
          return pick(foreign.ids);
        case 'Int':
          return pick([1, 2019, 2024]);
        case 'Float':
          return 1.5;
        case 'Boolean':
          return random() < 0.5;
        case 'String':
          if (/on$|date|from|to$|start|end|period/i.test(name)) return pick(['2019-01-01', '2024-06-30']);
          if (/email/i.test(name)) return 'fuzz@example.dk';
          return pick(['Fuzz', 'yes', 'open']);
        default:
          return new Date('2024-01-10T10:00:00Z').toISOString();
      }
    };

    const before = await digest();
    const leaks: string[] = [];
    const wrongRefusals: string[] = [];
    let count = 0;
    /** Operations that reached their resolver with a foreign id and answered "not found": the fuzz is not just refused at the door. */
    const notFound = new Set<string>();
    const roles = [...sessions.keys()];
    while (count < MIN_OPERATIONS) {
      for (const operation of operations) {
        for (const role of roles) {
          const args = operation.field.args;
          const variables = Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, arg.name)]));
          const declarations = args.map((arg) => `$${arg.name}: ${typeName(arg.type)}`).join(', ');
          const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
          const query = `${operation.root} Fuzz${declarations ? `(${declarations})` : ''} { ${operation.field.name}${call ? `(${call})` : ''} ${selectionOf(getNamedType(operation.field.type))} }`;
          const result = await context.api.gql(query, variables, sessions.get(role));
          count += 1;

          const text = JSON.stringify({ data: result.data, errors: result.errors?.map((error) => error.message) });
          const leakedIds = (text.match(UUID) ?? []).filter((id) => foreign.idSet.has(id) && !JSON.stringify(variables).includes(id));
          const leakedTexts = foreign.texts.filter((value) => text.includes(value));
          if (leakedIds.length > 0 || leakedTexts.length > 0) leaks.push(`${role} ${operation.name}: ${[...leakedIds, ...leakedTexts].slice(0, 3).join(', ')}`);

          const code = result.errors?.[0]?.extensions.code;
          if (code === 'NOT_FOUND') notFound.add(operation.name);
          const allowed = operation.access === 'authenticated' || operation.access === 'public' || operation.access.split(',').includes(role);
          if (operation.access === 'operator' || !allowed) {
            if (code !== 'FORBIDDEN') wrongRefusals.push(`${role} ${operation.name}: ${code ?? 'answered'} instead of FORBIDDEN`);
          } else if (operation.hasId && code === 'FORBIDDEN') {
            wrongRefusals.push(`${role} ${operation.name}: FORBIDDEN for another municipality's id (${result.errors?.[0]?.message})`);
          }
          if (code === 'INTERNAL') wrongRefusals.push(`${role} ${operation.name}: INTERNAL`);
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(MIN_OPERATIONS);
    expect(notFound.size).toBeGreaterThanOrEqual(25);
    expect([...new Set(leaks)]).toEqual([]);
    expect([...new Set(wrongRefusals)]).toEqual([]);
    expect(await digest()).toEqual(before);
  }, 600_000);
});
