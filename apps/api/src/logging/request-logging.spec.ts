import { Logger } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { EventEmitter } from 'node:events';
import { createAppLogger, silentLogger } from '@raadgiver/db';
import { formatError } from '../graphql/format-error';
import { requestIdFrom, requestIdOf, requestLogging, requestLoggingPlugin } from './request-logging';

describe('requestIdFrom', () => {
  it("takes a proxy's or client's request id that looks sane", () => {
    expect(requestIdFrom('support-case-12345678')).toBe('support-case-12345678');
    expect(requestIdFrom('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it('makes a new one for a missing, short, long, repeated or odd one', () => {
    for (const incoming of [undefined, '', 'short', 'x'.repeat(65), ['abcdefgh1', 'abcdefgh2'], 'Jens Hansen 010170-1234', 'abcdefgh\r\nSet-Cookie: x=1']) {
      expect(requestIdFrom(incoming)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

/** A request with `headers` handed to `middleware`, and the response it answers on (an emitter with the fields read). */
function requestThrough(middleware: RequestHandler, headers: Record<string, string> = {}) {
  const req = { method: 'POST', headers, baseUrl: '', route: { path: '/graphql' } } as unknown as Request;
  const res = Object.assign(new EventEmitter(), { statusCode: 200, writableFinished: false, headers: {} as Record<string, unknown> });
  Object.assign(res, { setHeader: (name: string, value: unknown) => (res.headers[name] = value) });
  const next = jest.fn();
  middleware(req, res as unknown as Response, next);
  expect(next).toHaveBeenCalledTimes(1);
  return { req, res };
}

describe('requestLogging', () => {
  it("answers the request's id, and writes one line of ids when the answer is done, timed for the metrics too", () => {
    const lines: string[] = [];
    const observed: unknown[] = [];
    const middleware = requestLogging(createAppLogger({}, { write: (line: string) => lines.push(line) }).pino, (req, res, seconds) => observed.push([req.method, res.statusCode, seconds]));
    const { req, res } = requestThrough(middleware, { 'x-request-id': 'support-case-12345678', authorization: 'Bearer secret' });
    expect(requestIdOf(req)).toBe('support-case-12345678');
    expect(res.headers['X-Request-Id']).toBe('support-case-12345678');
    expect(lines).toEqual([]);
    Object.assign(res, { writableFinished: true, statusCode: 201 });
    res.emit('close');
    expect(lines.map((line) => JSON.parse(line))).toEqual([expect.objectContaining({ level: 'info', msg: 'request completed', requestId: 'support-case-12345678', method: 'POST', route: '/graphql', status: 201, durationMs: expect.any(Number) })]);
    expect(lines[0]).not.toContain('secret');
    expect(observed).toEqual([['POST', 201, expect.any(Number)]]);
  });

  it('writes a failure (5xx) at error, and a request its client left before the answer at warn', () => {
    const lines: string[] = [];
    const middleware = requestLogging(createAppLogger({}, { write: (line: string) => lines.push(line) }).pino);
    const failed = requestThrough(middleware).res;
    Object.assign(failed, { writableFinished: true, statusCode: 503 });
    failed.emit('close');
    requestThrough(middleware).res.emit('close');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ level: 'error', msg: 'request failed', status: 503 }),
      expect.objectContaining({ level: 'warn', msg: 'request aborted' }),
    ]);
  });
});

describe('the line of an unexpected GraphQL error', () => {
  /** The JSON lines Nest's loggers write while `run` runs, parsed. */
  async function written(run: () => Promise<void>): Promise<Record<string, unknown>[]> {
    const lines: string[] = [];
    Logger.overrideLogger(createAppLogger({}, { write: (line: string) => lines.push(line) }));
    try {
      await run();
    } finally {
      Logger.overrideLogger(false);
    }
    return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  it('names the id of the request it arose in, which the request line and the answer name too', async () => {
    const failure = new GraphQLError('Unexpected', { originalError: new TypeError("Cannot read properties of undefined (reading 'id')") });
    const lines = await written(async () => {
      const { req } = requestThrough(requestLogging(silentLogger()), { 'x-request-id': 'support-case-12345678' });
      const listener = await requestLoggingPlugin().requestDidStart?.({ contextValue: { req } } as never);
      await listener?.didEncounterErrors?.({ errors: [failure], contextValue: { req } } as never);
      formatError({ message: 'Unexpected', path: ['inquiry'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, failure, true);
    });
    expect(lines).toEqual([expect.objectContaining({ level: 'error', context: 'GraphQL', requestId: 'support-case-12345678', err: expect.objectContaining({ type: 'TypeError' }) })]);
  });

  it('names no request where none was seen', async () => {
    const lines = await written(async () => {
      formatError({ message: 'Unexpected', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError('Unexpected'), true);
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toHaveProperty('requestId');
  });
});
