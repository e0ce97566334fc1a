import { LogLevel } from '@nestjs/common';
import { Logger as NestPinoLogger, PinoLogger } from 'nestjs-pino';
// The request's logger, which pino-http binds the request id to (see bindRequestLogger); not in the package's index.
import { storage, Store } from 'nestjs-pino/storage';
import { pino, DestinationStream, Level, Logger as Pino, LoggerOptions } from 'pino';
import { safeError } from './safe-error';

/** From the fewest lines to the most; LOG_LEVEL names one, and every level before it is shown too. */
export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Nest's level names as pino's. */
const PINO_LEVELS: Record<LogLevel, Level> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/** How lines are written: one JSON object a line (the default, for collectors), or pino-pretty's (`npm start`). */
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/**
 * Nest's own start-up lines (a line per module, controller, route and resolver): at `log` they bury what a
 * person needs, so they are written at `debug` and shown only with LOG_LEVEL=debug or verbose.
 */
const FRAMEWORK_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication', 'GraphQLModule']);

/**
 * Paths pino censors whatever a line holds there: the second line of defence behind the serializers, which keep only
 * ids. Headers with credentials, and the fields inputs name people and their inquiries by.
 */
export const REDACTED_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'variables',
  '*.variables',
  ...['password', 'email', 'name', 'displayName', 'summary', 'reference', 'cpr', 'detail', 'parameters', 'query', 'body'].map((field) => `*.${field}`),
];

/** The levels LOG_LEVEL asks for (default `log`); an unknown value is refused by name. */
export function logLevelsFrom(value: string | undefined): LogLevel[] {
  const wanted = (value || 'log').trim().toLowerCase();
  const index = LOG_LEVELS.indexOf(wanted as LogLevel);
  if (index < 0) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; it is "${value}"`);
  return LOG_LEVELS.slice(0, index + 1);
}

/** The format LOG_FORMAT asks for (default `json`); an unknown value is refused by name. */
export function logFormatFrom(value: string | undefined): LogFormat {
  const wanted = (value || 'json').trim().toLowerCase();
  if (!(LOG_FORMATS as readonly string[]).includes(wanted)) throw new Error(`LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')}; it is "${value}"`);
  return wanted as LogFormat;
}

/** pino's options for LOG_LEVEL: the level, ISO times, the level by name, errors without their messages, the redactions. */
export function pinoOptions(env: NodeJS.ProcessEnv = process.env): LoggerOptions {
  const levels = logLevelsFrom(env.LOG_LEVEL);
  return {
    level: PINO_LEVELS[levels[levels.length - 1]],
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { err: safeError, error: safeError },
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
  };
}

/**
 * The process's pino logger, at LOG_LEVEL, writing JSON lines to stdout; with LOG_FORMAT=pretty through pino-pretty
 * (a development dependency, loaded only then). `destination` replaces stdout (tests).
 */
export function createPinoLogger(env: NodeJS.ProcessEnv = process.env, destination?: DestinationStream): Pino {
  const options = pinoOptions(env);
  if (destination) return pino(options, destination);
  if (logFormatFrom(env.LOG_FORMAT) === 'pretty') {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,context', messageFormat: '{if context}[{context}] {end}{msg}', singleLine: true, sync: true } } });
  }
  return pino(options);
}

/** A logger that writes nothing: the request ids and their header stay, the lines go (tests without logs). */
export function silentLogger(): Pino {
  return pino({ enabled: false });
}

/** nestjs-pino's logger of a given pino instance: inside a request the request's child (with its id), else that instance. */
class ProcessPinoLogger extends PinoLogger {
  constructor(private readonly root: Pino) {
    super({ pinoHttp: { logger: root } });
  }

  override get logger(): Pino {
    return storage.getStore()?.logger ?? this.root;
  }
}

/** Nest's logger as pino JSON lines (the Logger's context as `context`), with the framework's start-up lines moved down to `debug`. */
export class AppLogger extends NestPinoLogger {
  constructor(readonly pino: Pino) {
    super(new ProcessPinoLogger(pino), {});
  }

  override log(message: unknown, ...rest: unknown[]): void {
    const context = rest.length > 0 ? rest[rest.length - 1] : undefined;
    if (typeof context === 'string' && FRAMEWORK_CONTEXTS.has(context)) super.debug(message, ...rest);
    else super.log(message, ...rest);
  }
}

/** The logger of the API and worker processes, at the level LOG_LEVEL gives, in the format LOG_FORMAT gives. */
export function createAppLogger(env: NodeJS.ProcessEnv = process.env, destination?: DestinationStream): AppLogger {
  return new AppLogger(createPinoLogger(env, destination));
}

/** Runs `next` with `logger` as the one Nest's logger writes to (a request's child logger, carrying its id). */
export function withRequestLogger(logger: Pino, next: () => void): void {
  storage.run(new Store(logger), next);
}
