import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { QUEUES } from '@raadgiver/domain';
import type { Queue } from 'bullmq';
import type { IncomingHttpHeaders } from 'node:http';
import { type Application, type NextFunction, type Request, type Response, Router } from 'express';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { JobsRedis } from '../jobs/jobs-redis';
import { QUEUE_BOARD_PATH, QueueBoardPasses } from './queue-board-passes';

/**
 * The board's own policy, for its pages only (the API's is default-src 'none'): its scripts, styles, fonts and icons
 * from the API itself, its JSON from the API itself; nothing inline, nothing from elsewhere (Bull Board's link to
 * Google Fonts is refused, and its pages fall back to the system's sans-serif).
 */
export const QUEUE_BOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Whether a change says it comes from a page of the board's own origin: Origin as PUBLIC_URL's (or, without it, of the
 * Host the request was sent to), and Sec-Fetch-Site, where the browser sends it, same-origin.
 */
export function comesFromOwnOrigin(headers: IncomingHttpHeaders, publicUrl: string | null): boolean {
  const { origin, host } = headers;
  const fetchSite = headers['sec-fetch-site'];
  if (!origin || (fetchSite !== undefined && fetchSite !== 'same-origin')) return false;
  try {
    return publicUrl ? new URL(origin).origin === new URL(publicUrl).origin : new URL(origin).host === host;
  } catch {
    return false;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What the board may not do, though Bull Board offers it: add a job or change a job's data (payloads are ids the API
 * and the worker put there, never typed in), or obliterate a queue with its schedules.
 */
const REFUSED_ACTIONS: { method: string; path: RegExp }[] = [
  { method: 'POST', path: /^\/api\/queues\/[^/]+\/add$/ },
  { method: 'PATCH', path: /^\/api\/queues\/[^/]+\/[^/]+\/update-data$/ },
  { method: 'PUT', path: /^\/api\/queues\/[^/]+\/obliterate$/ },
];

/**
 * The operator's queue board (Bull Board) at QUEUE_BOARD_PATH: every queue of QUEUES with its waiting, active, failed,
 * completed and delayed jobs, a job's details (its payload is ids only) and retrying a failed one. Everyone without an
 * operator's pass (QueueBoardPasses) gets the API's own 404 for an unknown path, so the board's existence is not
 * revealed; a change (any method but GET) must come from the admin's own origin as well, on top of the pass's
 * SameSite=Strict.
 */
@Injectable()
export class QueueBoard implements OnModuleInit {
  private readonly logger = new Logger(QueueBoard.name);
  private readonly queues: Queue[];

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly passes: QueueBoardPasses,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    redis: JobsRedis,
  ) {
    this.queues = Object.values(QUEUES).map((name) => redis.queue(name));
  }

  /** Mounted when the API starts, before Nest's handler of unknown paths, which answers everyone the board turns away. */
  onModuleInit(): void {
    const board = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: this.queues.map((queue) => new BullMQAdapter(queue, { allowRetries: true })),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'Raadgiver: køer', locale: { lng: 'da-DK' }, hideDocsLink: true } },
    });
    const router = Router();
    router.use((req, res, next) => void this.gate(req, res, next));
    router.use(board.getRouter() as Router);
    this.adapterHost.httpAdapter.getInstance<Application>().use(QUEUE_BOARD_PATH, router);
  }

  private async gate(req: Request, res: Response, next: NextFunction): Promise<void> {
    let admitted = false;
    try {
      admitted = await this.passes.admits(req, res);
    } catch (error) {
      this.logger.warn({ err: error }, 'Queue board pass not checked');
    }
    // Out of this router: on to the API's answer for a path it does not have.
    if (!admitted) return next('router');
    res.setHeader('Content-Security-Policy', QUEUE_BOARD_CSP);
    res.setHeader('Cache-Control', 'no-store');
    if (!SAFE_METHODS.has(req.method)) {
      if (!comesFromOwnOrigin(req.headers, this.config.publicUrl)) {
        res.status(403).json({ error: 'The queue board takes changes from its own pages only' });
        return;
      }
      if (REFUSED_ACTIONS.some((action) => action.method === req.method && action.path.test(req.path))) {
        res.status(403).json({ error: 'The queue board does not add jobs, change their data or obliterate queues' });
        return;
      }
    }
    next();
  }
}
