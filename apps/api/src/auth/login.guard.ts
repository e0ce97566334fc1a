import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { ApiError } from '../errors/api-error';
import { RequestContext } from '../graphql/request-context';
import { LoginInput } from './dto/login.input';

/** Runs passport-local for the login mutation: the GraphQL input becomes the body passport reads. */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<RequestContext>().req;
    const input = gql.getArgs<{ input: LoginInput }>().input;
    req.body = { email: input?.email ?? '', password: input?.password ?? '' };
    return req;
  }

  /** Keep the verified login apart from req.user, which holds access-token claims only. */
  override getAuthenticateOptions() {
    return { property: 'login', session: false };
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    // passport-local fails without calling validate when a field is empty.
    if (!user) throw ApiError.badInput('email', 'E-mail and password are required');
    return user;
  }
}
