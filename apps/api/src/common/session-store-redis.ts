import { ServiceUnavailableError } from '@raadgiver/domain';
import Redis, { RedisOptions, ReplyError } from 'ioredis';

/** How long a request waits for Redis before it is answered 503: Redis answers in a millisecond when it is there. */
export const SESSION_STORE_TIMEOUT_MS = 1_000;

/** A Redis error that says Redis is away (closed, unwritable, timed out, out of retries), not what it answered. */
function unavailable(error: unknown): unknown {
  return error instanceof ReplyError ? error : new ServiceUnavailableError('session_store_unavailable');
}

function mapRejection<T>(result: T): T {
  if (result instanceof Promise) return result.catch((error: unknown) => Promise.reject(unavailable(error))) as T;
  // A MULTI or a pipeline: its exec is where it fails.
  if (result && typeof result === 'object' && 'exec' in result && typeof result.exec === 'function') {
    const exec = result.exec.bind(result) as (...args: unknown[]) => Promise<unknown>;
    return Object.assign(result, { exec: (...args: unknown[]) => exec(...args).catch((error: unknown) => Promise.reject(unavailable(error))) });
  }
  return result;
}

/**
 * A connection to the Redis that holds what logins and token checks need (sessions, login throttling, SSO states,
 * security events). They fail closed while it is away: every command gives up after SESSION_STORE_TIMEOUT_MS (also one
 * queued while reconnecting) and is rejected with ServiceUnavailableError, answered 503 with a Danish message and
 * Retry-After, instead of hanging or surfacing as an internal error. Commands sent before the first connection wait
 * for it (the offline queue), so a process's first requests do not fail.
 */
export function sessionStoreRedis(url: string, connectionName: string, options: RedisOptions = {}): Redis {
  const redis = new Redis(url, { ...options, maxRetriesPerRequest: 1, commandTimeout: SESSION_STORE_TIMEOUT_MS, connectionName });
  return new Proxy(redis, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        // With a callback the caller handles the error, and a second, mapped promise would be left unhandled.
        return typeof args.at(-1) === 'function' ? result : mapRejection(result);
      };
    },
  });
}
