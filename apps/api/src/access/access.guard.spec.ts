import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_POLICY, AccessPolicy, BEFORE_SECOND_FACTOR } from './access.decorators';
import { AccessGuard } from './access.guard';
import { AuthClaims } from './auth-claims';

function contextFor(user: AuthClaims | undefined): ExecutionContext {
  const req = { headers: {}, user };
  return {
    getType: () => 'http',
    getHandler: () => undefined,
    getClass: () => undefined,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

function guardWith(policy: AccessPolicy | undefined): AccessGuard {
  const reflector = { getAllAndOverride: () => policy } as unknown as Reflector;
  return new AccessGuard(reflector);
}

/** A guard for an operation with `policy`, open (or not) to a session that must set up its second factor first. */
function guardFor(policy: AccessPolicy, beforeSecondFactor: boolean): AccessGuard {
  const metadata: Record<string, unknown> = { [ACCESS_POLICY]: policy, [BEFORE_SECOND_FACTOR]: beforeSecondFactor || undefined };
  return new AccessGuard({ getAllAndOverride: (key: string) => metadata[key] } as unknown as Reflector);
}

const advisor: AuthClaims = { userId: 'u1', tenantId: 't1', roles: ['advisor'], operator: false };
const operator: AuthClaims = { userId: 'u2', tenantId: null, roles: [], operator: true };

describe('AccessGuard', () => {
  it('refuses an operation that declares no policy, even for a logged-in user', async () => {
    await expect(guardWith(undefined).canActivate(contextFor(advisor))).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('lets anyone call a public operation', async () => {
    await expect(guardWith({ kind: 'public' }).canActivate(contextFor(undefined))).resolves.toBe(true);
  });

  it('asks for a login where a user is needed', async () => {
    await expect(guardWith({ kind: 'authenticated' }).canActivate(contextFor(undefined))).rejects.toMatchObject({ kind: 'unauthenticated' });
    await expect(guardWith({ kind: 'authenticated' }).canActivate(contextFor(advisor))).resolves.toBe(true);
  });

  it('checks the role in the active tenant from the token', async () => {
    await expect(guardWith({ kind: 'roles', roles: ['tenant_admin'] }).canActivate(contextFor(advisor))).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(guardWith({ kind: 'roles', roles: ['advisor', 'tenant_admin'] }).canActivate(contextFor(advisor))).resolves.toBe(true);
    await expect(guardWith({ kind: 'roles', roles: ['advisor'] }).canActivate(contextFor({ ...advisor, tenantId: null }))).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('keeps operator operations to the operator, and tenant operations away from an operator without a role', async () => {
    await expect(guardWith({ kind: 'operator' }).canActivate(contextFor(advisor))).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(guardWith({ kind: 'operator' }).canActivate(contextFor(operator))).resolves.toBe(true);
    await expect(guardWith({ kind: 'roles', roles: ['advisor'] }).canActivate(contextFor(operator))).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('lets a session that must set up its second factor call only the operations open before it', async () => {
    const limited: AuthClaims = { userId: 'u3', tenantId: 't1', roles: ['tenant_admin'], operator: false, secondFactorSetup: true };
    await expect(guardFor({ kind: 'roles', roles: ['tenant_admin'] }, false).canActivate(contextFor(limited))).rejects.toMatchObject({
      kind: 'forbidden', messageCode: 'second_factor_setup_required',
    });
    await expect(guardFor({ kind: 'authenticated' }, false).canActivate(contextFor(limited))).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(guardFor({ kind: 'authenticated' }, true).canActivate(contextFor(limited))).resolves.toBe(true);
    await expect(guardFor({ kind: 'public' }, false).canActivate(contextFor(limited))).resolves.toBe(true);
    // The same operation for a full session.
    await expect(guardFor({ kind: 'roles', roles: ['tenant_admin'] }, false).canActivate(contextFor({ ...limited, secondFactorSetup: undefined }))).resolves.toBe(true);
  });
});
