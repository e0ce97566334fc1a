import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApiApp } from './bootstrap';
import { readApiConfig } from './config/api-config';
import { closeGracefullyOnSignal } from './health/graceful-shutdown';

async function main(): Promise<void> {
  const config = readApiConfig();
  const app = await createApiApp(config);
  closeGracefullyOnSignal(app, config.ops);
  await app.listen(config.port, process.env.HOST ?? '127.0.0.1');
  new Logger('Api').log(`GraphQL API on http://${process.env.HOST ?? '127.0.0.1'}:${config.port}/graphql`);
}

main().catch((error: unknown) => {
  new Logger('Api').error(`API failed to start: ${(error as Error).message}`);
  process.exit(1);
});
