import { TenantRole } from '@raadgiver/domain';

/** What a verified access token says about its bearer. */
export interface AuthClaims {
  userId: string;
  tenantId: string | null;
  roles: TenantRole[];
  operator: boolean;
  /** The session family the token belongs to (absent in claims made outside a request, e.g. tests of the guard). */
  sessionId?: string;
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
}
