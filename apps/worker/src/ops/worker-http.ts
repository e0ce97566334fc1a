import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleDestroy } from '@nestjs/common';
import { bearerTokenMatches, Readiness } from '@raadgiver/db';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { WORKER_CONFIG, WorkerConfig } from '../worker-config';
import { WorkerMetrics } from './worker-metrics';

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
}

/**
 * The worker's small HTTP listener (WORKER_HTTP_PORT): GET /health/live, /health/ready (PostgreSQL, Redis, migrations;
 * 503 naming the failed check, and from the start of a shutdown) and /metrics (with METRICS_TOKEN as Bearer token when
 * one is set; the listener is on 127.0.0.1 unless HOST says otherwise). Nothing else.
 */
@Injectable()
export class WorkerHttpServer implements OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHttpServer.name);
  private server: Server | null = null;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly readiness: Readiness,
    private readonly metrics: WorkerMetrics,
  ) {}

  /** Starts listening when configured; its address, or null. */
  async listen(): Promise<string | null> {
    const http = this.config.http;
    if (!http) return null;
    const server = createServer((req, res) => {
      this.answer(req, res).catch((error: unknown) => {
        this.logger.warn({ err: error }, `${req.method} ${req.url?.split('?')[0]} failed`);
        if (!res.headersSent) send(res, 500, 'application/json', '{"status":"error"}');
      });
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(http.port, http.host, () => resolve());
    });
    return `http://${http.host}:${(server.address() as AddressInfo).port}`;
  }

  /** Shutdown has begun (the first hook): readiness answers 503 while the running jobs end. */
  onModuleDestroy(): void {
    this.readiness.beginShutdown();
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET') return send(res, 405, 'application/json', '{"status":"error"}');
    if (path === '/health/live') return send(res, 200, 'application/json', '{"status":"ok"}');
    if (path === '/health/ready') {
      const { ready, result } = await this.readiness.report();
      return send(res, ready ? 200 : 503, 'application/json', JSON.stringify(result));
    }
    const token = this.config.ops?.metricsToken ?? null;
    if (path === '/metrics' && (token === null || bearerTokenMatches(req.headers.authorization, token))) {
      const { contentType, body } = await this.metrics.processMetrics.scrape();
      return send(res, 200, contentType, body);
    }
    send(res, 404, 'application/json', '{"status":"error"}');
  }
}
