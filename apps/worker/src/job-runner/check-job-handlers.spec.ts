import { checkJobHandlers, describeJobHandlerProblem, JobHandlerRegistrationError } from './check-job-handlers';

describe('checkJobHandlers', () => {
  const expected = ['maintenance.ping', 'maintenance.purge-expired-sessions'];

  it('finds nothing wrong when every job has exactly one handler', () => {
    expect(
      checkJobHandlers(expected, [
        { job: 'maintenance.ping', handler: 'MaintenanceService.ping' },
        { job: 'maintenance.purge-expired-sessions', handler: 'MaintenanceService.purgeExpiredSessions' },
      ]),
    ).toEqual([]);
  });

  it('names a job without a handler', () => {
    expect(checkJobHandlers(expected, [{ job: 'maintenance.ping', handler: 'A.ping' }])).toEqual([
      { kind: 'missing', job: 'maintenance.purge-expired-sessions' },
    ]);
  });

  it('names a job with two handlers and both handlers', () => {
    const problems = checkJobHandlers(expected, [
      { job: 'maintenance.ping', handler: 'B.ping' },
      { job: 'maintenance.ping', handler: 'A.ping' },
      { job: 'maintenance.purge-expired-sessions', handler: 'A.purge' },
    ]);
    expect(problems).toEqual([{ kind: 'duplicate', job: 'maintenance.ping', handlers: ['A.ping', 'B.ping'] }]);
    expect(describeJobHandlerProblem(problems[0])).toBe('2 handlers for job "maintenance.ping" (A.ping, B.ping)');
  });

  it('names a handler for a job that is not defined', () => {
    expect(
      checkJobHandlers(['maintenance.ping'], [
        { job: 'maintenance.ping', handler: 'A.ping' },
        { job: 'reports.generate', handler: 'Reports.generate' },
      ]),
    ).toEqual([{ kind: 'unknown', job: 'reports.generate', handlers: ['Reports.generate'] }]);
  });

  it('reports every problem at once, in a message naming each job', () => {
    const problems = checkJobHandlers(expected, [
      { job: 'maintenance.ping', handler: 'A.ping' },
      { job: 'maintenance.ping', handler: 'B.ping' },
    ]);
    expect(problems.map((p) => p.kind)).toEqual(['duplicate', 'missing']);
    expect(new JobHandlerRegistrationError(problems).message).toBe(
      'The worker refuses to start: 2 handlers for job "maintenance.ping" (A.ping, B.ping); ' +
        'no handler for job "maintenance.purge-expired-sessions"',
    );
  });
});
