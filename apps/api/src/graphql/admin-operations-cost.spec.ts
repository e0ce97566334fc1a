import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import {
  DefinitionNode, DocumentNode, FragmentDefinitionNode, GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType, Kind,
  OperationDefinitionNode, parse, specifiedRules, typeFromAST, validate,
} from 'graphql';
import { API_RESOLVERS } from '../schema/emit-schema';
import { assertAffordable, MAX_QUERY_COMPLEXITY } from './complexity.plugin';
import { EXPENSIVE_EXTENSION, EXPENSIVE_FIELD_COST } from './expensive-operation';

const ADMIN_SOURCES = 'apps/admin/src';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every operation the admin sends, as the GraphQL code generator reads them: graphql(`…`) in its sources. */
function adminOperations(): { operations: OperationDefinitionNode[]; fragments: FragmentDefinitionNode[] } {
  const definitions: DefinitionNode[] = [];
  for (const file of sourceFiles(ADMIN_SOURCES)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)) definitions.push(...parse(match[1]).definitions);
  }
  return {
    operations: definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION),
    fragments: definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION),
  };
}

const SAMPLE_SCALARS: Record<string, unknown> = { Int: 1, Float: 1, Boolean: true, ID: '1', String: '2020-01-01', DateTime: '2020-01-01T00:00:00Z' };

/** A value of the type for a required variable: the price does not depend on it, but the estimate coerces it. */
function sampleOf(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleOf(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((field) => isNonNullType(field.type)).map((field) => [field.name, sampleOf(field.type)]));
  }
  return SAMPLE_SCALARS[type.name];
}

function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries((operation.variableDefinitions ?? []).map((definition) => [
    definition.variable.name.value,
    sampleOf(typeFromAST(schema, definition.type as never) as GraphQLInputType),
  ]));
}

describe('the price of GraphQL operations', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
    await app.init();
    try {
      schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS);
    } finally {
      await app.close();
    }
  });

  it('prices the fields that read registrations in bulk high, keeping their access policy', () => {
    const query = schema.getQueryType()!.getFields();
    const expensive = Object.values(query).filter((field) => field.extensions?.[EXPENSIVE_EXTENSION]).map((field) => field.name).sort();
    expect(expensive).toEqual(['benchmarkDashboard', 'citizenAuditExport', 'followUpNotePreview', 'publicBenchmark', 'reportPreview']);
    expect(query.reportPreview.extensions).toMatchObject({ complexity: EXPENSIVE_FIELD_COST, access: 'advisor' });
    expect(query.publicBenchmark.extensions).toMatchObject({ complexity: EXPENSIVE_FIELD_COST, access: 'public' });
  });

  it('lets every operation the admin sends through, each well under the limits', () => {
    const { operations, fragments } = adminOperations();
    expect(operations.length).toBeGreaterThan(40);
    const names = operations.map((operation) => operation.name?.value);
    expect(names).toEqual(expect.arrayContaining(['ReportPreview', 'BenchmarkDashboard', 'BenchmarkDashboardTrends']));
    const costs: Record<string, number> = {};
    for (const operation of operations) {
      // With every fragment, as the generated document carries those it uses; unused ones cost nothing.
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
      const name = operation.name?.value ?? '(anonymous)';
      expect({ name, errors: validate(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }, specifiedRules.filter((rule) => rule.name !== 'NoUnusedFragmentsRule')) })
        .toEqual({ name, errors: [] });
      costs[name] = assertAffordable(schema, document, name, sampleVariables(schema, operation)).complexity;
    }
    // Headroom: a grown admin page must not come close to being refused.
    const tooClose = Object.entries(costs).filter(([, cost]) => cost > MAX_QUERY_COMPLEXITY * 0.8);
    expect(tooClose).toEqual([]);
  });
});
