import { TenantRole } from '@raadgiver/domain';

/** What a verified access token says about its bearer. */
export interface AuthClaims {
  userId: string;
  tenantId: string | null;
  roles: TenantRole[];
  operator: boolean;
}

/** The JWT payload as signed. Short names keep the token small. */
export interface AccessTokenPayload {
  sub: string;
  tid: string | null;
  roles: TenantRole[];
  op: boolean;
}
