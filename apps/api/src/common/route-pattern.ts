import type { Request } from 'express';

/**
 * The route pattern a request matched ("/reports/:reportId/download"), else the path the router that answered is
 * mounted at, else "unmatched": never the URL itself, whose ids, query string and unknown paths may hold anything. Read
 * when the response has finished.
 */
export function routePatternOf(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  // A route of a router mounted under a path (Apollo's at /graphql) may name the mount path itself.
  if (typeof pattern === 'string') return req.baseUrl && !pattern.startsWith(req.baseUrl) ? `${req.baseUrl}${pattern}` : pattern;
  return req.baseUrl || 'unmatched';
}
