import { Logger } from '@nestjs/common';
import { createAppLogger, logFormatFrom, logLevelsFrom, REDACTED_PATHS } from './app-logger';

/** The JSON lines the logger of `env` writes while `run` runs, parsed. */
function written(env: NodeJS.ProcessEnv, run: () => void): Record<string, unknown>[] {
  const lines: string[] = [];
  const logger = createAppLogger(env, { write: (line: string) => lines.push(line) });
  try {
    Logger.overrideLogger(logger);
    run();
    Logger.flush();
  } finally {
    Logger.overrideLogger(false);
  }
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('LOG_LEVEL', () => {
  it("defaults to log: errors, warnings and the app's own lines", () => {
    expect(logLevelsFrom(undefined)).toEqual(['fatal', 'error', 'warn', 'log']);
    expect(logLevelsFrom('')).toEqual(['fatal', 'error', 'warn', 'log']);
  });

  it("takes any of Nest's levels, in any case", () => {
    expect(logLevelsFrom('warn')).toEqual(['fatal', 'error', 'warn']);
    expect(logLevelsFrom('DEBUG')).toEqual(['fatal', 'error', 'warn', 'log', 'debug']);
  });

  it('refuses an unknown level by name', () => {
    expect(() => logLevelsFrom('loud')).toThrow('LOG_LEVEL must be one of fatal, error, warn, log, debug, verbose; it is "loud"');
  });
});

describe('LOG_FORMAT', () => {
  it('is JSON unless pretty is asked for, and refuses anything else by name', () => {
    expect(logFormatFrom(undefined)).toBe('json');
    expect(logFormatFrom('Pretty')).toBe('pretty');
    expect(() => logFormatFrom('xml')).toThrow('LOG_FORMAT must be one of json, pretty; it is "xml"');
  });
});

describe('AppLogger', () => {
  const startUp = () => {
    new Logger('InstanceLoader').log('AppModule dependencies initialized');
    new Logger('RouterExplorer').log('Mapped {/health, GET} route');
    new Logger('NestFactory').log('Starting Nest application...');
    new Logger('Api').log('GraphQL API on http://127.0.0.1:3000/graphql');
    new Logger('Api').warn('SMTP_URL is not set');
  };

  it("writes a JSON line per call, with Nest's context and the level by name", () => {
    expect(written({}, startUp)).toEqual([
      expect.objectContaining({ level: 'info', context: 'Api', msg: 'GraphQL API on http://127.0.0.1:3000/graphql', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }),
      expect.objectContaining({ level: 'warn', context: 'Api', msg: 'SMTP_URL is not set' }),
    ]);
  });

  it("writes Nest's per-module start-up lines at debug, shown with LOG_LEVEL=debug", () => {
    const lines = written({ LOG_LEVEL: 'debug' }, startUp);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'debug', context: 'InstanceLoader', msg: 'AppModule dependencies initialized' }));
    expect(lines).toContainEqual(expect.objectContaining({ level: 'debug', context: 'RouterExplorer', msg: 'Mapped {/health, GET} route' }));
    expect(lines).toHaveLength(5);
  });

  it('writes only errors at LOG_LEVEL=error', () => {
    const lines = written({ LOG_LEVEL: 'error' }, () => {
      startUp();
      new Logger('Api').error('API failed to start: boom');
    });
    expect(lines).toEqual([expect.objectContaining({ level: 'error', msg: 'API failed to start: boom' })]);
  });

  it('logs an error by its type, code and frames, never its message, nor what is kept under a redacted path', () => {
    const failure = Object.assign(new Error('invalid input syntax for type uuid: "Jens Hansen"'), { code: '22P02', detail: 'Key (email)=(jens@example.dk)', parameters: ['Jens Hansen'] });
    const [line] = written({}, () => new Logger('GraphQL').error({ err: failure, input: { displayName: 'Jens Hansen', summary: 'Vandskade' } }, 'Unexpected error'));
    expect(line).toMatchObject({ level: 'error', context: 'GraphQL', msg: 'Unexpected error', err: { type: 'Error', code: '22P02', stack: expect.stringMatching(/^\s+at /) }, input: '[redacted]' });
    expect(JSON.stringify(line)).not.toMatch(/Jens|jens@|Vandskade/);
  });

  it('censors the fields people are named by at the top of a line, and leaves a line of ids as it was', () => {
    const [named, ids] = written({}, () => {
      new Logger('Import').warn({ name: 'Jens Hansen', email: 'jens@example.dk', tenantId: 't1' }, 'row refused');
      new Logger('Jobs').log({ queue: 'imports', jobId: '42', tenantId: 't1', durationMs: 12 }, 'job completed');
    });
    expect(named).toMatchObject({ name: '[redacted]', email: '[redacted]', tenantId: 't1' });
    expect(ids).toMatchObject({ queue: 'imports', jobId: '42', tenantId: 't1', durationMs: 12 });
  });

  it('never writes a request or a response bound to a line, whatever they carry', () => {
    const req = { method: 'POST', url: '/graphql?name=Jens', headers: { authorization: 'Bearer secret', cookie: 'refresh=secret' } };
    const lines: string[] = [];
    const pino = createAppLogger({}, { write: (line: string) => lines.push(line) }).pino;
    pino.child({ requestId: 'r-1' }).child({ req }).info({ res: { headers: { 'set-cookie': 'refresh=secret' } }, status: 200 }, 'request completed');
    expect(JSON.parse(lines[0])).toMatchObject({ requestId: 'r-1', status: 200, msg: 'request completed' });
    expect(lines[0]).not.toMatch(/Jens|secret|headers|"req"|"res"/);
  });

  it('censors by literal paths only: a leading wildcard would make pino walk and copy every line, the request line too', () => {
    expect(REDACTED_PATHS.filter((path) => path.startsWith('*'))).toEqual([]);
  });
});
