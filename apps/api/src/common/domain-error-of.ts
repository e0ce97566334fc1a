import { isDatabaseUnavailable } from '@raadgiver/db';
import { DomainError, isDomainError, ServiceUnavailableError } from '@raadgiver/domain';

/**
 * The domain error that `error` stands for: itself when it is one, ServiceUnavailableError when PostgreSQL is away
 * (down, restarting, unreachable: answered 503 with a Danish message, not as an internal error with the driver's
 * message), else null.
 */
export function domainErrorOf(error: unknown): DomainError | null {
  if (isDomainError(error)) return error;
  if (isDatabaseUnavailable(error)) return new ServiceUnavailableError('database_unavailable');
  return null;
}
