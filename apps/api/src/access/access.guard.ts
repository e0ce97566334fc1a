import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { AuthenticatedRequest, RequestContext } from '../graphql/request-context';
import { ACCESS_POLICY, AccessPolicy, BEFORE_SECOND_FACTOR } from './access.decorators';
import { AuthClaims } from './auth-claims';
import { ForbiddenError, ServiceUnavailableError, UnauthenticatedError } from '@raadgiver/domain';

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<RequestContext>().req;
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/**
 * The global guard. It verifies the bearer token with passport-jwt when one is sent and applies the
 * operation's access policy; an operation without a policy is refused, so a forgotten decorator fails closed.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext): AuthenticatedRequest {
    return requestOf(context);
  }

  override handleRequest<TUser = AuthClaims>(error: unknown, user: TUser | false): TUser {
    // The session store away: the token cannot be checked, so no access, but not "log in again" either.
    if (error instanceof ServiceUnavailableError) throw error;
    if (error || !user) throw new UnauthenticatedError('token_invalid');
    return user;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [context.getHandler(), context.getClass()]);
    const req = this.getRequest(context);
    if (req.headers.authorization && !req.user) await super.canActivate(context);
    const claims = req.user;
    if (!policy) throw new ForbiddenError('no_access_policy');
    if (policy.kind === 'public') return true;
    if (!claims) throw new UnauthenticatedError();
    if (claims.secondFactorSetup && !this.reflector.getAllAndOverride<boolean | undefined>(BEFORE_SECOND_FACTOR, [context.getHandler(), context.getClass()])) {
      throw new ForbiddenError('second_factor_setup_required');
    }
    if (policy.kind === 'authenticated') return true;
    if (policy.kind === 'operator') {
      if (!claims.operator) throw new ForbiddenError('operator_only');
      return true;
    }
    if (!claims.tenantId || !policy.roles.some((role) => claims.roles.includes(role))) throw new ForbiddenError();
    return true;
  }
}
