import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { MulterError } from 'multer';
import { DomainError, DomainErrorKind, InvalidInputError, Language, message, presentError, unmapped } from '@raadgiver/domain';
import { requestIdOf } from '../logging/request-logging';
import { domainErrorOf } from './domain-error-of';
import { requestLanguage } from './request-language';

/** The HTTP status of each kind of domain error; exhaustive, so a new kind does not compile until it has one. */
export function httpStatusOf(kind: DomainErrorKind): number {
  switch (kind) {
    case 'invalid_input':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'too_many_requests':
      return 429;
    case 'service_unavailable':
      return 503;
    default:
      return unmapped(kind);
  }
}

/** One error of a REST answer, shaped as GraphQL's extensions: code, field and the catalogue's message code. */
export interface RestError {
  code: string;
  messageCode: string;
  message: string;
  field?: string;
}

/**
 * What a REST endpoint answers on error: the first error's code, message and field at the top (as before), and
 * `errors` with every one of them when several fields are wrong.
 */
export interface RestErrorBody extends RestError {
  errors: RestError[];
  /** The request's id (also the X-Request-Id header), for support to find its log line. */
  requestId?: string;
}

export function restErrorBody(error: DomainError, language: Language): RestErrorBody {
  const errors = presentError(error, language);
  return { ...errors[0], errors };
}

/** When the client may try again, for the errors that say so (too many requests, a store away). */
export function retryAfterOf(error: DomainError): number | undefined {
  return error.kind === 'too_many_requests' || error.kind === 'service_unavailable' ? error.retryAfterSeconds : undefined;
}

/** A domain error as a REST answer: status, Retry-After for too many requests and a store away, the body. */
export function sendRestError(res: Response, error: DomainError, language: Language): void {
  const retryAfter = retryAfterOf(error);
  if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
  res.status(httpStatusOf(error.kind)).json({ ...restErrorBody(error, language), requestId: requestIdOf(res.req) });
}

/** Nest's own HTTP exceptions (a route's pipes, an unknown method) by their status. */
const CODE_OF_STATUS: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 429: 'TOO_MANY_REQUESTS', 503: 'SERVICE_UNAVAILABLE' };

/** The status of an http-errors error meant for the client (`expose`, 4xx), as express's body parser throws them. */
function clientErrorStatusOf(error: unknown): number | undefined {
  const { status, expose } = (error ?? {}) as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/**
 * Shapes errors of the REST endpoints (imports, exports, downloads) like GraphQL's, in the request's language.
 * Upload errors of multer name the form field; anything else is an internal error, logged and answered without
 * its details.
 */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('RestErrorFilter');
  /** The upload size limit the endpoints' FileInterceptor sets, for the message. */
  protected readonly uploadMegabytes: number = 50;

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    if (res.headersSent) {
      // A streamed download failed halfway: the client must not take the cut file for a whole one.
      res.destroy();
      return;
    }
    const language = requestLanguage(http.getRequest<Request>());
    const error = this.asDomainError(exception);
    if (error) return sendRestError(res, error, language);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      res.status(status).json({ ...this.refused(language, CODE_OF_STATUS[status] ?? 'INTERNAL', 'request_refused'), requestId: requestIdOf(res.req) });
      return;
    }
    // express's body parser refuses a body over its limit with an http-errors error of status 413 before any route.
    if (clientErrorStatusOf(exception) === 413) {
      res.status(413).json({ ...this.refused(language, 'PAYLOAD_TOO_LARGE', 'body_too_large'), requestId: requestIdOf(res.req) });
      return;
    }
    // The error without its message (safeError): messages echo the values that failed.
    this.logger.error({ err: exception, requestId: requestIdOf(res.req) }, 'Unexpected error of a REST request');
    res.status(500).json({ ...this.refused(language, 'INTERNAL', 'internal'), requestId: requestIdOf(res.req) });
  }

  private asDomainError(exception: unknown): DomainError | null {
    const domainError = domainErrorOf(exception);
    if (domainError) return domainError;
    if (exception instanceof MulterError) {
      const field = exception.field ?? 'file';
      return exception.code === 'LIMIT_FILE_SIZE' ? InvalidInputError.of(field, 'file_too_large', { megabytes: this.uploadMegabytes }) : InvalidInputError.of(field, 'invalid');
    }
    // FileInterceptor turns multer's size limit into 413; the only upload field is the file.
    if (exception instanceof HttpException && exception.getStatus() === 413) return InvalidInputError.of('file', 'file_too_large', { megabytes: this.uploadMegabytes });
    return null;
  }

  private refused(language: Language, code: string, messageCode: 'internal' | 'request_refused' | 'body_too_large'): RestErrorBody {
    const error = { code, messageCode, message: message(messageCode, language, '') };
    return { ...error, errors: [error] };
  }
}
