import { LogLevel } from '@nestjs/common';
import { Logger as NestPinoLogger, PinoLogger } from 'nestjs-pino';
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
 * ids. Headers with credentials where a line holds headers; any input, variables, body or query a line is handed whole; the fields people and
 * their inquiries are named by, where a line names them at its top; what a database error echoes.
 *
 * Every path begins with a literal key, never `*`: pino then censors only lines that hold that key, where a leading
 * wildcard would make it walk and copy every line (the request line included) to look.
 */
export const REDACTED_PATHS: readonly string[] = [
  'headers.authorization',
  'headers.cookie',
  ...['input', 'variables', 'args', 'body', 'query', 'parameters', 'detail'],
  ...['password', 'email', 'name', 'displayName', 'summary', 'reference', 'cpr'],
  ...['detail', 'parameters', 'query'].map((field) => `err.${field}`),
];

/** A serializer that leaves its key out of the line. */
const omitted = (): undefined => undefined;

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
    // A line never holds a request or a response: pino-http binds the request to a logger it makes for every request,
    // which would serialise all of it (headers, cookies, socket) for nothing; the request line names what it needs.
    serializers: { err: safeError, error: safeError, req: omitted, res: omitted },
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
  // Written asynchronously: a line waits for no write to stdout, and lines logged while one is written go out together.
  // pino flushes what is left when the process exits, and a fatal line at once.
  return pino(options, pino.destination({ dest: 1, sync: false }));
}

/** A logger that writes nothing: the request ids and their header stay, the lines go (tests without logs). */
export function silentLogger(): Pino {
  return pino({ enabled: false });
}

/**
 * nestjs-pino's logger of a given pino instance (its own would be the first one the process made). No request's logger
 * is found through AsyncLocalStorage: on Node 20 that would put an async hook on every promise of the process, which
 * costs a held answer a quarter of its speed. A line about a request names its id itself (`requestId`), and the
 * request line (apps/api/src/logging/request-logging.ts) always does.
 */
class ProcessPinoLogger extends PinoLogger {
  constructor(private readonly root: Pino) {
    super({ pinoHttp: { logger: root } });
  }

  override get logger(): Pino {
    return this.root;
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
