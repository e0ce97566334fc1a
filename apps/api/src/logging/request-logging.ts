import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Logger as Pino } from 'pino';
import { routePatternOf } from '../common/route-pattern';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** A request id a proxy or client may hand in: short, and nothing a log line or header could be broken with. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The incoming X-Request-Id when it looks sane, else a new one. */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** The operation a GraphQL request ran, by its name in the document (requestLoggingPlugin notes it). */
const OPERATIONS = new WeakMap<IncomingMessage, string>();

/** Every request's id, as requestLogging gave it. */
const REQUEST_IDS = new WeakMap<IncomingMessage, string>();

/** The request's id, as requestLogging gave it (every request through the app has one). */
export function requestIdOf(req: IncomingMessage): string | undefined {
  return REQUEST_IDS.get(req);
}

/** The request each GraphQL error arose in, by its id (requestLoggingPlugin notes it; formatError logs it). */
const REQUESTS_OF_ERRORS = new WeakMap<object, string>();

/** The id of the request a GraphQL error (or the error it wraps) arose in, once requestLoggingPlugin has seen it. */
export function requestIdOfError(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  return REQUESTS_OF_ERRORS.get(error) ?? requestIdOfError((error as { originalError?: unknown }).originalError ?? null);
}

/** What the line of a request says: its id, the route, the outcome; nothing the request carried. */
function requestLine(req: Request, res: ServerResponse, requestId: string, durationMs: number) {
  return {
    requestId,
    method: req.method,
    route: routePatternOf(req),
    operation: OPERATIONS.get(req),
    status: res.statusCode,
    durationMs,
    tenantId: req.user?.tenantId ?? undefined,
    userId: req.user?.userId ?? undefined,
  };
}

/** What else wants to know of every finished request (the HTTP metrics): its duration in seconds. */
export type RequestObserver = (req: Request, res: Response, seconds: number) => void;

/**
 * Every request gets its id (a sane incoming X-Request-Id, else a new one), answered in the X-Request-Id header, and
 * one line on the process's logger when it ends (requestLine): health probes at debug, failures (5xx) at error, a
 * request whose client left before the answer at warn. `observe` is told of each finished request too.
 *
 * Not pino-http: it makes two child loggers for every request, one of them bound to the whole request, which no line
 * here uses; on the held answers' path that was most of what logging cost.
 */
export function requestLogging(logger: Pino, observe?: RequestObserver): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers['x-request-id']);
    REQUEST_IDS.set(req, requestId);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.once('close', () => {
      const milliseconds = performance.now() - started;
      const line = requestLine(req, res, requestId, Math.round(milliseconds));
      if (!res.writableFinished) logger.warn(line, 'request aborted');
      else if (res.statusCode >= 500) logger.error(line, 'request failed');
      else if (line.route.startsWith('/health')) logger.debug(line, 'request completed');
      else logger.info(line, 'request completed');
      observe?.(req, res, milliseconds / 1000);
    });
    next();
  };
}

/**
 * Notes the operation a GraphQL request runs for its log line and the request its errors arose in, and puts the
 * request id into every error's extensions, so the admin can show it and support can find the lines.
 */
export function requestLoggingPlugin(): ApolloServerPlugin<{ req?: Request }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, contextValue }) {
          if (contextValue.req && operationName) OPERATIONS.set(contextValue.req, operationName);
        },
        // Before Apollo formats them: formatError logs an unexpected one with the id of its request.
        async didEncounterErrors({ errors, contextValue }) {
          const requestId = contextValue.req && requestIdOf(contextValue.req);
          if (requestId) for (const error of errors) REQUESTS_OF_ERRORS.set(error, requestId);
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
