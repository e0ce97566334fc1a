import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { coercionMessagesPlugin, mapGraphqlErrors, unavailableStatusPlugin } from '../common/graphql-errors';
import { requestLanguage } from '../common/request-language';
import { ApiConfig } from '../config/api-config';
import { complexityPlugin, MAX_QUERY_DEPTH } from './complexity.plugin';
import { depthLimitRule } from './depth-limit.rule';
import { formatError } from './format-error';
import { JitExecution } from './jit-execution';
import { HeldAnswers, heldAnswersPlugin } from '../benchmark/held-answers';
import { requestLoggingPlugin } from '../logging/request-logging';
import { RequestContext } from './request-context';
import { transactionPlugin } from './transaction.plugin';


export function graphqlOptions(config: ApiConfig, dataSource: DataSource, schemaHost: GraphQLSchemaHost, held: HeldAnswers): ApolloDriverConfig {
  const options: ApolloDriverConfig = {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    // No "Did you mean …?" in production: it would spell out the schema that introspection keeps to itself.
    hideSchemaDetailsFromClientErrors: config.production,
    csrfPrevention: true,
    validationRules: [depthLimitRule(MAX_QUERY_DEPTH)],
    context: ({ req, res }: { req: Request; res: Response }) => new RequestContext(req, res, dataSource),
    // No HTTP caching of GraphQL answers: without the cache-control plugin no hook runs per field.
    plugins: [ApolloServerPluginCacheControlDisabled(), transactionPlugin(), complexityPlugin(() => schemaHost.schema), coercionMessagesPlugin(), unavailableStatusPlugin(), heldAnswersPlugin(held), requestLoggingPlugin()],
    formatError: (formatted, error) => formatError(formatted, error, config.production),
    // Nest's driver would set every answer that has `data` back to 200, the 503 of unavailableStatusPlugin among them;
    // our errors set no HTTP status of their own, so the answers are 200 all the same but for that one.
    preserveHttpStatusForExecutionErrors: false,
  };
  // Execution by graphql-jit (jit-execution.ts). Nest's config type leaves `gateway` out, as Nest
  // builds the schema; Nest hands the options to Apollo Server as they are, and the gateway serves
  // Nest's schema.
  // Every error of an execution passes mapGraphqlErrors: domain errors become GraphQL errors in the request's language.
  const gateway = new JitExecution(() => schemaHost.schema).gateway((errors, context) => mapGraphqlErrors(errors, requestLanguage((context as RequestContext).req)));
  return Object.assign(options, { gateway });
}
