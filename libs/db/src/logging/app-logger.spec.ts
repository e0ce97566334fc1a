import { Logger } from '@nestjs/common';
import { AppLogger, createAppLogger, logLevelsFrom } from './app-logger';

/** What the logger writes to stdout and stderr (errors) while `run` runs. */
function written(logger: AppLogger, run: () => void): string {
  const lines: string[] = [];
  const capture = (chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  };
  const spies = [jest.spyOn(process.stdout, 'write').mockImplementation(capture), jest.spyOn(process.stderr, 'write').mockImplementation(capture)];
  try {
    Logger.overrideLogger(logger);
    run();
    Logger.flush();
  } finally {
    for (const spy of spies) spy.mockRestore();
    Logger.overrideLogger(false);
  }
  return lines.join('');
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

describe('AppLogger', () => {
  const startUp = () => {
    new Logger('InstanceLoader').log('AppModule dependencies initialized');
    new Logger('RouterExplorer').log('Mapped {/health, GET} route');
    new Logger('NestFactory').log('Starting Nest application...');
    new Logger('Api').log('GraphQL API on http://127.0.0.1:3000/graphql');
    new Logger('Api').warn('SMTP_URL is not set');
  };

  it("leaves Nest's per-module start-up lines out at the default level, and keeps the app's own lines and warnings", () => {
    const output = written(createAppLogger({}), startUp);
    expect(output).not.toContain('InstanceLoader');
    expect(output).not.toContain('RouterExplorer');
    expect(output).not.toContain('NestFactory');
    expect(output).toContain('GraphQL API on http://127.0.0.1:3000/graphql');
    expect(output).toContain('SMTP_URL is not set');
  });

  it('shows them with LOG_LEVEL=debug', () => {
    const output = written(createAppLogger({ LOG_LEVEL: 'debug' }), startUp);
    expect(output).toContain('AppModule dependencies initialized');
    expect(output).toContain('Mapped {/health, GET} route');
    expect(output).toContain('GraphQL API on http://127.0.0.1:3000/graphql');
  });

  it('writes only errors at LOG_LEVEL=error', () => {
    const output = written(createAppLogger({ LOG_LEVEL: 'error' }), () => {
      startUp();
      new Logger('Api').error('API failed to start: boom');
    });
    expect(output).not.toContain('GraphQL API on');
    expect(output).toContain('API failed to start: boom');
  });
});
