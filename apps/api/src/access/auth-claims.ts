import { TenantRole } from '@raadgiver/domain';

/** What a verified access token says about its bearer. */
export interface AuthClaims {
  userId: string;
  tenantId: string | null;
  roles: TenantRole[];
  operator: boolean;
  /** The session family the token belongs to (absent in claims made outside a request, e.g. tests of the guard). */
  sessionId?: string;
  /** The session may only set up a second factor (a tenant admin or the operator without one): AccessGuard. */
  secondFactorSetup?: boolean;
}

/** The JWT payload as signed. Short names keep the token small. */
export interface AccessTokenPayload {
  sub: string;
  tid: string | null;
  roles: TenantRole[];
  op: boolean;
  /** Session family (SessionRevocations). */
  sid: string;
  /** The family's generation at issue. */
  gen: number;
  /** Issued at, in milliseconds. */
  ims: number;
  /** Present (true) only on a session that may do nothing but set up its second factor. */
  sfs?: true;
}
