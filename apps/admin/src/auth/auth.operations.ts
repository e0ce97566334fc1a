import { graphql } from '../gql';

/** Everything the admin keeps about the signed-in user, returned by every call that issues a token. */
export const SessionFields = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    expiresAt
    me {
      isOperator
      roles
      user {
        id
        displayName
      }
      activeTenant {
        id
        name
      }
      tenants {
        roles
        tenant {
          id
          name
        }
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession {
    refresh {
      ...SessionFields
    }
  }
`);

export const SwitchTenantMutation = graphql(`
  mutation SwitchTenant($tenantId: ID!) {
    switchTenant(tenantId: $tenantId) {
      ...SessionFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Operations that establish a session: an UNAUTHENTICATED answer from them must not trigger a refresh. */
export const SESSION_OPERATION_NAMES: ReadonlySet<string> = new Set(['Login', 'RefreshSession']);

/** The municipality whose own login an e-mail address's domain belongs to (the login page). */
export const LoginProviderForEmailQuery = graphql(`
  query LoginProviderForEmail($email: String!) {
    loginProviderForEmail(email: $email) {
      slug
      municipalityName
      loginPath
    }
  }
`);

/** Every municipality with a login of its own, for the login page's chooser. */
export const LoginProvidersQuery = graphql(`
  query LoginProviders {
    loginProviders {
      slug
      municipalityName
      loginPath
    }
  }
`);
