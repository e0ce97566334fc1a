import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { verifiedAccessToken } from '../access/access-token';
import { JwtStrategy } from '../auth/jwt.strategy';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { requestLanguage } from '../common/request-language';
import { GraphqlPost, HeldAnswers, heldKeyOf } from './held-answers';
import { PublishedBenchmarks } from './published-benchmarks';

/** The body of a JSON POST that carries a GraphQL document (as Apollo's CSRF prevention accepts it), else null. */
function graphqlPostOf(req: Request): GraphqlPost | null {
  if (req.method !== 'POST' || !req.is('application/json')) return null;
  const body = req.body as Partial<GraphqlPost> & { extensions?: unknown } | undefined;
  if (!body || typeof body.query !== 'string' || body.extensions !== undefined) return null;
  if (body.operationName !== undefined && body.operationName !== null && typeof body.operationName !== 'string') return null;
  if (body.variables !== undefined && body.variables !== null && (typeof body.variables !== 'object' || Array.isArray(body.variables))) return null;
  return body as GraphqlPost;
}


/**
 * Answers a logged-in GraphQL query from HeldAnswers when the same municipality and roles asked the same document of
 * the newest published benchmark snapshot before (a document no resolver answered from a snapshot yet goes straight
 * on, without a look at the snapshot): the token is checked as always (signature, expiry, session), the
 * claims go on the request so the guard does not check them twice, and the held bytes are sent. Anything else goes on
 * to Apollo, noted so that its answer is held when its resolver built it from that snapshot alone. A held answer costs
 * no more than the lightest query, so it does not count against the user's expensive operations per minute; requests
 * without a login are not held here (the public page reads the cacheable GET).
 */
@Injectable()
export class HeldAnswerMiddleware implements NestMiddleware {
  constructor(
    private readonly held: HeldAnswers,
    private readonly published: PublishedBenchmarks,
    private readonly tokens: JwtStrategy,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const post = graphqlPostOf(req);
    if (!post || !req.headers.authorization || !this.held.holdable(post.query)) return next();
    // The token as the access guard takes it (signature and expiry, then JwtStrategy's session check), once.
    const payload = verifiedAccessToken(req, this.config);
    const claims = payload && (await this.tokens.claimsOf(payload).catch(() => null));
    if (!claims?.tenantId || claims.operator) return next();
    req.user = claims;
    const snapshot = await this.published.newest().catch(() => null);
    if (!snapshot) return next();
    const key = heldKeyOf(snapshot.version, { tenantId: claims.tenantId, roles: claims.roles }, requestLanguage(req), req.headers.accept ?? '', post);
    const answer = this.held.answer(key);
    if (!answer) {
      this.held.expect(req, key);
      res.once('finish', () => {
        const contentType = res.getHeader('content-type');
        if (res.statusCode === 200 && typeof contentType === 'string') this.held.sent(req, contentType);
      });
      return next();
    }
    res.status(200).setHeader('content-type', answer.contentType);
    res.setHeader('content-length', answer.body.length);
    res.end(answer.body);
  }
}
