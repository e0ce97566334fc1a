import { ApolloServerOptionsWithGateway } from '@apollo/server';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  BREAK, DocumentNode, execute, ExecutionResult, getOperationAST, getVariableValues, GraphQLError, GraphQLFieldResolver, GraphQLScalarType, GraphQLSchema, Kind,
  OperationDefinitionNode, visit,
} from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

type Gateway = ApolloServerOptionsWithGateway<object>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Compiled operations kept; the admin sends a few dozen distinct ones, so this only bounds abuse. */
export const MAX_COMPILED_OPERATIONS = 500;

/**
 * graphql-jit's own coercion of variables departs from graphql-js (input-object field defaults are
 * not applied, omitted fields become null). So graphql-js coerces them, exactly as in its execute,
 * and jit runs a copy of the operation whose variables are all of this type, taking the coerced
 * values as they are.
 */
const COERCED = new GraphQLScalarType({ name: 'JitCoercedVariable', parseValue: (value) => value });

interface Compiled {
  operation: OperationDefinitionNode;
  query: CompiledQuery;
}

/** The operation with every variable declared as COERCED and without defaults (graphql-js applied them). */
function withCoercedVariables(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  const coerced: OperationDefinitionNode = {
    ...operation,
    variableDefinitions: operation.variableDefinitions?.map((definition) => ({
      ...definition,
      type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: COERCED.name } },
      defaultValue: undefined,
    })),
  };
  return { ...document, definitions: document.definitions.map((definition) => (definition === operation ? coerced : definition)) };
}

/** Asked of a field's resolver to tell Nest's plain property reader from a resolver of its own. */
const PROBE = Symbol('probe');

/**
 * Whether `resolve` is what @nestjs/graphql gives every @Field without a resolver of its own
 * (`rootFieldResolver`: the parent's property of the field's name, or the field's default value
 * when undefined), and it reads the property named as the field with no default. Only then is it
 * the same as no resolver, which jit reads inline; only a function so named is ever called to check.
 */
function isPropertyReader(resolve: GraphQLFieldResolver<unknown, unknown> | undefined, fieldName: string): boolean {
  if (resolve?.name !== 'rootFieldResolver') return false;
  const read = resolve as (root: Record<string, unknown>) => unknown;
  return read({ [fieldName]: PROBE }) === PROBE && read({}) === undefined;
}

/**
 * The schema with every field whose resolver only reads the parent's property of the same name left
 * without a resolver. Nest gives each @Field such a reader, and for a field with a resolver jit
 * builds resolve info and calls through its error and promise handling: a page of the inquiry list
 * has some 1,300 fields, nearly all plain properties.
 */
export function withoutPropertyReaders(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName) => (isPropertyReader(field.resolve, fieldName) ? { ...field, resolve: undefined } : field),
  });
}

/** Introspection stays with graphql-js and the schema itself: jit's copy of the schema has one type more. */
function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Executes operations with graphql-jit: each operation is compiled once to a JavaScript function
 * per document and operation name, and its later executions skip graphql-js's per-field
 * interpretation (a page of the inquiry list has some 1,300 fields). graphql-js executes what jit
 * cannot compile.
 *
 * Apollo Server takes a custom executor only as a "gateway" (its executor interface), so everything
 * around execution stays Apollo's and Nest's: parsing, validation with the depth limit, the
 * complexity check, the context, and the formatting (formatError) of the errors execution returns.
 */
/** Turns the errors an execution returns into the ones the client gets (domain errors mapped to GraphQL). */
export type ErrorMapper = (errors: readonly GraphQLError[], context: unknown) => GraphQLError[];

export class JitExecution {
  /** Per document, its compiled operations by name; bounded by the number of operations, least recently used out first. */
  private readonly compiled = new LRUCache<DocumentNode, Map<string, Compiled | null>>({
    maxSize: MAX_COMPILED_OPERATIONS,
    sizeCalculation: (operations) => Math.max(operations.size, 1),
  });
  private jitSchema: { from: GraphQLSchema; schema: GraphQLSchema } | null = null;

  constructor(private readonly schema: () => GraphQLSchema) {}

  execute(document: DocumentNode, operationName: string | null, contextValue: unknown, variables: Record<string, unknown> | undefined): Promise<ExecutionResult> | ExecutionResult {
    const schema = this.schema();
    const compiled = this.compiledFor(schema, document, operationName);
    if (!compiled) return execute({ schema, document, operationName, contextValue, variableValues: variables });
    // As graphql-js's execute does: the same coercion, the same errors.
    const coerced = getVariableValues(schema, compiled.operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    // graphql-jit's compiled operation, not a database query.
    // eslint-disable-next-line local/no-sql-in-services
    return compiled.query.query(undefined, contextValue, coerced.coerced);
  }

  /** The schema operations are compiled against (for tests). */
  compiledSchema(): GraphQLSchema {
    return this.schemaForJit(this.schema());
  }

  /** Whether jit runs this operation (for tests). */
  isCompiled(document: DocumentNode, operationName: string | null): boolean {
    return Boolean(this.compiled.peek(document)?.get(operationName ?? ''));
  }

  /** An Apollo Server gateway that serves the schema and executes with jit. */
  gateway(mapErrors: ErrorMapper = (errors) => [...errors]): Gateway {
    let listener: Parameters<Gateway['onSchemaLoadOrUpdate']>[0] | null = null;
    const executor: Executor = async ({ document, operationName, context, request }) => {
      const result = await this.execute(document, operationName, context, request.variables);
      return (result.errors ? { ...result, errors: mapErrors(result.errors, context) } : result) as Awaited<ReturnType<Executor>>;
    };
    return {
      onSchemaLoadOrUpdate: (callback) => {
        listener = callback;
        return () => (listener = null);
      },
      load: async () => {
        listener?.({ apiSchema: this.schema(), coreSupergraphSdl: '' });
        return { executor };
      },
      stop: async () => undefined,
    };
  }

  /**
   * The schema jit compiles against: the same types and resolvers, less Nest's property readers
   * (withoutPropertyReaders), plus the COERCED variable type.
   */
  private schemaForJit(schema: GraphQLSchema): GraphQLSchema {
    if (this.jitSchema?.from !== schema) {
      const config = withoutPropertyReaders(schema).toConfig();
      this.jitSchema = { from: schema, schema: new GraphQLSchema({ ...config, types: [...config.types, COERCED] }) };
    }
    return this.jitSchema.schema;
  }

  /** Apollo keeps the parsed document of a repeated query, so the document object is the cache key. */
  private compiledFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): Compiled | null {
    const key = operationName ?? '';
    const perDocument = this.compiled.get(document) ?? new Map<string, Compiled | null>();
    const known = perDocument.get(key);
    if (known !== undefined) return known;
    const compiled = this.compile(schema, document, operationName);
    perDocument.set(key, compiled);
    // Set again, so that the cache counts the document's operations anew.
    this.compiled.set(document, perDocument);
    return compiled;
  }

  private compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): Compiled | null {
    const operation = getOperationAST(document, operationName);
    if (!operation || introspects(document)) return null;
    try {
      const result = compileQuery(this.schemaForJit(schema), withCoercedVariables(document, operation), operationName ?? undefined);
      // Not compiled (an ExecutionResult with errors): graphql-js executes it and reports any problem its own way.
      return isCompiledQuery(result) ? { operation, query: result } : null;
    } catch {
      return null;
    }
  }
}
