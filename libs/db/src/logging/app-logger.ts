import { ConsoleLogger, LogLevel } from '@nestjs/common';

/** From the fewest lines to the most; LOG_LEVEL names one, and every level before it is shown too. */
export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * Nest's own start-up lines (a line per module, controller, route and resolver): at `log` they bury what a
 * person needs, so they are written at `debug` and shown only with LOG_LEVEL=debug or verbose.
 */
const FRAMEWORK_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication', 'GraphQLModule']);

/** The levels LOG_LEVEL asks for (default `log`); an unknown value is refused by name. */
export function logLevelsFrom(value: string | undefined): LogLevel[] {
  const wanted = (value || 'log').trim().toLowerCase();
  const index = LOG_LEVELS.indexOf(wanted as LogLevel);
  if (index < 0) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; it is "${value}"`);
  return LOG_LEVELS.slice(0, index + 1);
}

/** Nest's console logger, with the framework's start-up lines moved down to `debug`. */
export class AppLogger extends ConsoleLogger {
  override log(message: unknown, ...rest: unknown[]): void {
    const context = rest.length > 0 ? rest[rest.length - 1] : this.context;
    if (typeof context === 'string' && FRAMEWORK_CONTEXTS.has(context)) super.debug(message, ...rest);
    else super.log(message, ...rest);
  }
}

/** The logger of the API and worker processes, at the levels LOG_LEVEL gives. */
export function createAppLogger(env: NodeJS.ProcessEnv = process.env): AppLogger {
  return new AppLogger({ logLevels: logLevelsFrom(env.LOG_LEVEL) });
}
