import { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { ApiMetrics } from './api-metrics';

/** Times every GraphQL request by its operation's name (from the parsed document) and counts its errors by code. */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin<BaseContext> {
  constructor(private readonly metrics: ApiMetrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const metrics = this.metrics;
    const stopTimer = metrics.graphqlRequestDuration.startTimer();
    return {
      async willSendResponse({ operation, response }) {
        const name = metrics.operations.of(operation?.name?.value);
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        stopTimer({ operation: name, status: errors.length > 0 ? 'error' : 'ok' });
        for (const error of errors) {
          const code = error.extensions?.code;
          metrics.graphqlErrors.inc({ operation: name, code: metrics.errorCodes.of(typeof code === 'string' ? code : null, 'none') });
        }
      },
    };
  }
}
