import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { MulterError } from 'multer';
import { ApiError } from '../errors/api-error';

const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/** What a REST endpoint answers on error: the same codes (and field) GraphQL clients get in extensions. */
export interface RestErrorBody {
  code: string;
  message: string;
  field?: string;
}

/**
 * Shapes errors of the REST endpoints (imports, exports) like GraphQL's: ApiError's code becomes the
 * HTTP status and the body names the code and field. Upload errors of multer name the form field.
 */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('RestErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.describe(exception);
    if (res.headersSent) {
      // A streamed download failed halfway: the client must not take the cut file for a whole one.
      res.destroy();
      return;
    }
    res.status(status).json(body);
  }

  private describe(exception: unknown): [number, RestErrorBody] {
    if (exception instanceof ApiError) {
      const body: RestErrorBody = { code: exception.code, message: exception.message };
      if (exception.field) body.field = exception.field;
      return [STATUS_OF_CODE[exception.code] ?? 500, body];
    }
    if (exception instanceof MulterError) {
      const field = exception.field ?? 'file';
      const message = exception.code === 'LIMIT_FILE_SIZE' ? `${field} must be at most 50 MB` : `${field}: ${exception.message}`;
      return [400, { code: 'BAD_USER_INPUT', message, field }];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // FileInterceptor turns multer's size limit into 413; the only upload field is the file.
      if (status === 413) return [400, { code: 'BAD_USER_INPUT', message: 'file must be at most 50 MB', field: 'file' }];
      const code = Object.entries(STATUS_OF_CODE).find(([, s]) => s === status)?.[0] ?? 'INTERNAL';
      return [status, { code, message: exception.message }];
    }
    this.logger.error(exception instanceof Error ? `${exception.name}: ${exception.message}` : 'Unknown error', exception instanceof Error ? exception.stack : undefined);
    return [500, { code: 'INTERNAL', message: 'Something went wrong' }];
  }
}
