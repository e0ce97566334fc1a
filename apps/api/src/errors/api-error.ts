import { GraphQLError } from 'graphql';
import { ErrorCode } from '@raadgiver/domain';

/**
 * The one error type resolvers throw. `code` reaches the client in extensions.code and `field`,
 * when the error is about one input field, in extensions.field.
 */
export class ApiError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message, { extensions: field ? { code, field } : { code } });
  }

  static badInput(field: string, message: string): ApiError {
    return new ApiError('BAD_USER_INPUT', message, field);
  }

  /** Also used for rows of other tenants: never reveal that a record exists elsewhere. */
  static notFound(what: string, field = 'id'): ApiError {
    return new ApiError('NOT_FOUND', `${what} not found`, field);
  }

  static unauthenticated(message = 'You must be logged in'): ApiError {
    return new ApiError('UNAUTHENTICATED', message);
  }

  static forbidden(message = 'Your role does not allow this'): ApiError {
    return new ApiError('FORBIDDEN', message);
  }

  static conflict(field: string, message: string): ApiError {
    return new ApiError('CONFLICT', message, field);
  }
}
