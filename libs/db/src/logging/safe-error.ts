/** An error as a log line may hold it: what kind, where, never what it said. */
export interface SafeError {
  type: string;
  /** A system error's code (ECONNREFUSED) or PostgreSQL's SQLSTATE (23505). */
  code?: string;
  /** PostgreSQL's constraint, table and column names: the schema's, never a row's values. */
  constraint?: string;
  table?: string;
  column?: string;
  /** The stack's frames, without the first line (which repeats the message). */
  stack?: string;
  cause?: SafeError;
}

const MAX_CAUSES = 3;

/**
 * pino's serializer of errors. Messages are left out, as many echo the input that failed: PostgreSQL's ("invalid input
 * syntax for type uuid: \"…\"", with the row's values in `detail`), TypeORM's (with the query and its `parameters`),
 * JSON.parse's ("\"…\" is not valid JSON") and graphql-js's ("Variable \"$input\" got invalid value {…}"). What is
 * kept (type, code, schema names, frames) says where to look; the request id finds the request.
 */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: error === null ? 'null' : typeof error };
  const safe: SafeError = { type: error.name || error.constructor?.name || 'Error' };
  const fields = error as unknown as Record<string, unknown>;
  const driverError = (fields.driverError ?? error) as Record<string, unknown>;
  const code = driverError.code ?? fields.code;
  if (typeof code === 'string' || typeof code === 'number') safe.code = String(code);
  for (const key of ['constraint', 'table', 'column'] as const) {
    if (typeof driverError[key] === 'string') safe[key] = driverError[key] as string;
  }
  const frames = error.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  if (frames) safe.stack = frames;
  if (error.cause !== undefined && depth < MAX_CAUSES) safe.cause = safeError(error.cause, depth + 1);
  return safe;
}
