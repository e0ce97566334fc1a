import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { findUnsafeText, InvalidInputError } from '@raadgiver/domain';
import { RequestContext } from '../graphql/request-context';
import { fieldProblems, unsafeTextProblem } from '../validation/field-problems';
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

  /** Guards run before pipes: check the input's shape here, so a malformed login names its field. */
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const input = GqlExecutionContext.create(context).getArgs<{ input: LoginInput }>().input;
    const unsafe = findUnsafeText(input ?? {});
    if (unsafe) throw new InvalidInputError([unsafeTextProblem(unsafe.field, unsafe)]);
    const problems = fieldProblems(await validate(plainToInstance(LoginInput, input ?? {})));
    if (problems.length) throw new InvalidInputError(problems);
    return (await super.canActivate(context)) as boolean;
  }

  /** Keep the verified login apart from req.user, which holds access-token claims only. */
  override getAuthenticateOptions() {
    return { property: 'login', session: false };
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    // passport-local fails without calling validate when a field is empty.
    if (!user) throw InvalidInputError.of('email', 'credentials_required');
    return user;
  }
}
