import { QueryFailedError } from 'typeorm';

/**
 * The request's transaction went with its connection before it could commit: the server has rolled it back (thrown
 * by RequestTransaction.finish, for a connection the driver dropped when it broke).
 */
export class TransactionLostError extends Error {
  constructor() {
    super('The transaction was lost with its database connection');
    this.name = 'TransactionLostError';
  }
}

/** No connection to the server: refused, cut, or not made in time. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a server that is not there for us: a connection exception (class 08), shut down by an administrator,
 * gone in a crash, still starting or recovering, or out of connections.
 */
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300)$/;

/** The pg driver's own errors for a connection that broke or never came (they carry no code). */
const DRIVER_MESSAGES = /^(Connection terminated|Client has encountered a connection error and is not queryable|timeout exceeded when trying to connect)/;

/**
 * Whether `error` says PostgreSQL is away (down, restarting, unreachable) rather than what a statement did wrong: the
 * request may succeed when it is tried again shortly, and is answered as unavailable instead of as an internal error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof TransactionLostError) return true;
  if (error instanceof QueryFailedError) return isDatabaseUnavailable(error.driverError);
  // By shape, not by class: Node's own errors (a refused connection) are not of the Error class of a test's realm.
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  // Node tries each address of a host name, and reports every refusal together (AggregateError).
  if (Array.isArray(errors) && errors.length > 0 && code === undefined) return errors.every(isDatabaseUnavailable);
  if (typeof code === 'string') return NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code);
  return typeof message === 'string' && DRIVER_MESSAGES.test(message);
}
