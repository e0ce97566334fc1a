import type { Request } from 'express';
import { routePatternOf } from './route-pattern';

const request = (fields: { route?: { path: unknown }; baseUrl?: string }) => ({ baseUrl: '', ...fields }) as unknown as Request;

describe('routePatternOf', () => {
  it("names a controller's route by its pattern, never the ids it was called with", () => {
    expect(routePatternOf(request({ route: { path: '/reports/:reportId/download' } }))).toBe('/reports/:reportId/download');
  });

  it('puts the mount path before the pattern of a router mounted under one, once', () => {
    expect(routePatternOf(request({ baseUrl: '/ops/queues', route: { path: '/api/queues' } }))).toBe('/ops/queues/api/queues');
    expect(routePatternOf(request({ baseUrl: '/graphql', route: { path: '/graphql' } }))).toBe('/graphql');
  });

  it('names a request no route answered by the mount path of the router that did, else "unmatched"', () => {
    expect(routePatternOf(request({ baseUrl: '/graphql' }))).toBe('/graphql');
    expect(routePatternOf(request({}))).toBe('unmatched');
  });
});
