/** A method found with @JobHandler: the job it handles and who it is (Class.method), for messages. */
export interface RegisteredJobHandler {
  job: string;
  handler: string;
}

export type JobHandlerProblem =
  | { kind: 'missing'; job: string }
  | { kind: 'duplicate'; job: string; handlers: string[] }
  | { kind: 'unknown'; job: string; handlers: string[] };

/** Every expected job needs exactly one handler, and no handler may serve a job nobody defined. */
export function checkJobHandlers(expected: readonly string[], registered: readonly RegisteredJobHandler[]): JobHandlerProblem[] {
  const handlersByJob = new Map<string, string[]>();
  for (const { job, handler } of registered) handlersByJob.set(job, [...(handlersByJob.get(job) ?? []), handler]);

  const problems: JobHandlerProblem[] = [];
  for (const job of expected) {
    const handlers = handlersByJob.get(job) ?? [];
    if (handlers.length === 0) problems.push({ kind: 'missing', job });
    else if (handlers.length > 1) problems.push({ kind: 'duplicate', job, handlers: [...handlers].sort() });
  }
  const known = new Set(expected);
  for (const [job, handlers] of [...handlersByJob].sort(([a], [b]) => a.localeCompare(b))) {
    if (!known.has(job)) problems.push({ kind: 'unknown', job, handlers: [...handlers].sort() });
  }
  return problems;
}

export function describeJobHandlerProblem(problem: JobHandlerProblem): string {
  switch (problem.kind) {
    case 'missing':
      return `no handler for job "${problem.job}"`;
    case 'duplicate':
      return `${problem.handlers.length} handlers for job "${problem.job}" (${problem.handlers.join(', ')})`;
    case 'unknown':
      return `handler for unknown job "${problem.job}" (${problem.handlers.join(', ')})`;
  }
}

export class JobHandlerRegistrationError extends Error {
  constructor(readonly problems: readonly JobHandlerProblem[]) {
    super(`The worker refuses to start: ${problems.map(describeJobHandlerProblem).join('; ')}`);
    this.name = 'JobHandlerRegistrationError';
  }
}
