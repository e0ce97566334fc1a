import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { RestErrorFilter } from '../common/rest-error.filter';

/**
 * Hands every GraphQL error to Apollo, whose formatError (format-error.ts) is the one place errors are shaped and logged.
 * An HTTP error outside the REST controllers (an unknown route, a body that is no JSON) is answered as theirs are,
 * with the request id; left to Express, it would be an HTML page and a stack printed beside the log lines.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly rest = new RestErrorFilter();

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'http') return this.rest.catch(exception, host);
    if (host.getType<string>() !== 'graphql') throw exception;
    return exception;
  }
}
