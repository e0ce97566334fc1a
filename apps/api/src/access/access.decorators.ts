import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';
import { TenantRole } from '@raadgiver/domain';

/** Who may call an operation. Every query and mutation declares one; the guard denies the rest. */
export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: TenantRole[] }
  | { kind: 'operator' };

export const ACCESS_POLICY = 'raadgiver:access';

function access(policy: AccessPolicy) {
  // The extension makes the policy visible in the schema, so a test can walk every operation.
  return applyDecorators(SetMetadata(ACCESS_POLICY, policy), Extensions({ access: policy.kind === 'roles' ? policy.roles.join(',') : policy.kind }));
}

export const Public = () => access({ kind: 'public' });
export const Authenticated = () => access({ kind: 'authenticated' });
export const Roles = (...roles: TenantRole[]) => access({ kind: 'roles', roles });
export const OperatorOnly = () => access({ kind: 'operator' });

export const BEFORE_SECOND_FACTOR = 'raadgiver:before-second-factor';

/**
 * Open to a session that must set up its second factor before anything else (AccessGuard refuses every other
 * operation to it): `me`, and the setup itself.
 */
export const AllowedBeforeSecondFactor = () => SetMetadata(BEFORE_SECOND_FACTOR, true);
