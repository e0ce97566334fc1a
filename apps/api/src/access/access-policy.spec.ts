import { readFileSync } from 'node:fs';
import { GraphQLObjectType } from 'graphql';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { API_RESOLVERS, buildSchemaSdl, SCHEMA_FILE } from '../schema/emit-schema';

describe('the GraphQL schema', () => {
  it('gives every query and mutation an access policy (guarded or explicitly public)', async () => {
    const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
    await app.init();
    try {
      const schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS);
      const roots = [schema.getQueryType(), schema.getMutationType()].filter((t): t is GraphQLObjectType => Boolean(t));
      const operations = roots.flatMap((root) => Object.values(root.getFields()).map((field) => ({ name: `${root.name}.${field.name}`, access: field.extensions?.access })));
      expect(operations.length).toBeGreaterThan(20);
      const unguarded = operations.filter((op) => typeof op.access !== 'string' || op.access.length === 0).map((op) => op.name);
      expect(unguarded).toEqual([]);
      const publicOnes = operations.filter((op) => op.access === 'public').map((op) => op.name).sort();
      // Signing in (with a second factor's code too), accepting an invitation (its link is the proof), the national
      // benchmark's published figures and taxonomy, which anyone may read, and which municipalities have a login of
      // their own (the login page).
      expect(publicOnes).toEqual([
        'Mutation.acceptInvitation', 'Mutation.completeSecondFactorLogin', 'Mutation.login', 'Mutation.logout', 'Mutation.refresh',
        'Query.invitation', 'Query.loginProviderForEmail', 'Query.loginProviders', 'Query.nationalTaxonomy', 'Query.publicBenchmark',
      ]);
    } finally {
      await app.close();
    }
  });

  it('is the committed schema file (run the emit script when this fails)', async () => {
    expect(await buildSchemaSdl()).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
