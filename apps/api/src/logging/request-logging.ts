import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Logger as Pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { withRequestLogger } from '@raadgiver/db';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** A request id a proxy or client may hand in: short, and nothing a log line or header could be broken with. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The incoming X-Request-Id when it looks sane, else a new one. */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** The operation a GraphQL request ran, by its name in the document (requestLoggingPlugin notes it). */
const OPERATIONS = new WeakMap<IncomingMessage, string>();

/** The request's id, as requestLogging gave it (every request through the app has one). */
export function requestIdOf(req: IncomingMessage): string | undefined {
  return req.id === undefined ? undefined : String(req.id);
}

/**
 * The route's pattern (ids as `:id`) where a controller's route answered, else the path it is mounted at (`/graphql`):
 * never the URL itself, whose query string and unknown paths may hold anything.
 */
function routeOf(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  // Apollo's route is mounted at its own path: /graphql holds /graphql.
  if (typeof pattern === 'string') return pattern.startsWith(req.baseUrl) ? pattern : `${req.baseUrl}${pattern}`;
  return req.baseUrl || '(unmatched)';
}

/** What the line of a request says: ids, the route, the outcome; nothing the request carried. */
function requestLine(req: Request, res: ServerResponse, responseTime: number): Record<string, unknown> {
  return {
    method: req.method,
    route: routeOf(req),
    operation: OPERATIONS.get(req),
    status: res.statusCode,
    durationMs: responseTime,
    tenantId: req.user?.tenantId ?? undefined,
    userId: req.user?.userId ?? undefined,
  };
}

/**
 * pino-http over the process's logger: every request gets its id (a sane incoming X-Request-Id, else a new one),
 * answered in the X-Request-Id header, bound to every line logged while it runs, and one line when it ends
 * (requestLine). Health probes are logged at debug, failures (5xx) at error.
 */
export function requestLogging(logger: Pino): RequestHandler {
  const http = pinoHttp<Request, Response>({
    logger,
    wrapSerializers: false,
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    genReqId: (req, res) => {
      const id = requestIdFrom(req.headers['x-request-id']);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode >= 500) return 'error';
      return routeOf(req).startsWith('/health') ? 'debug' : 'info';
    },
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, res, line: { responseTime: number }) => requestLine(req, res, line.responseTime),
    customErrorObject: (req, res, error, line: { responseTime: number }) => ({ ...requestLine(req, res, line.responseTime), err: error }),
  });
  return (req, res, next) => http(req, res, () => withRequestLogger(req.log, next));
}

/**
 * Notes the operation a GraphQL request runs for its log line, and puts the request id into every error's
 * extensions, so the admin can show it and support can find the line.
 */
export function requestLoggingPlugin(): ApolloServerPlugin<{ req?: Request }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, contextValue }) {
          if (contextValue.req && operationName) OPERATIONS.set(contextValue.req, operationName);
        },
        async willSendResponse({ response, contextValue }) {
          const requestId = contextValue.req && requestIdOf(contextValue.req);
          if (response.body.kind !== 'single' || !response.body.singleResult.errors || !requestId) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId } }));
        },
      };
    },
  };
}
