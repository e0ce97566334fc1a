import { INestApplication, Logger } from '@nestjs/common';
import { OpsSettings, Readiness } from '@raadgiver/db';
import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

const logger = new Logger('Shutdown');

/**
 * On SIGTERM or SIGINT: readiness answers 503 at once (the load balancer drains the API), connections are still taken
 * for SHUTDOWN_DELAY_SECONDS, then the listener closes (new connections are refused), the requests in flight end,
 * idle keep-alive connections are closed, and only then the modules shut down (queues, PostgreSQL, Redis) and the
 * process exits 0. Still running after SHUTDOWN_GRACE_SECONDS: it exits 1.
 */
export function closeGracefullyOnSignal(app: INestApplication, settings: OpsSettings): void {
  const onSignal = (signal: NodeJS.Signals) => {
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGINT', onSignal);
    logger.log(`${signal}: no longer ready, finishing the requests in flight (at most ${settings.shutdownGraceSeconds} s)`);
    setTimeout(() => {
      logger.error(`Requests still running after ${settings.shutdownGraceSeconds} s: exiting`);
      process.exit(1);
    }, settings.shutdownGraceSeconds * 1000).unref();
    close(app, settings).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

async function close(app: INestApplication, settings: OpsSettings): Promise<void> {
  app.get(Readiness).beginShutdown();
  await sleep(settings.shutdownDelaySeconds * 1000);
  const server = app.getHttpServer() as Server;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A keep-alive connection is idle between requests: closed at once, and each one whose request ends meanwhile.
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  server.closeIdleConnections();
  await closed;
  clearInterval(idle);
  logger.log('Requests finished; closing queues, PostgreSQL and Redis');
  await app.close();
}
