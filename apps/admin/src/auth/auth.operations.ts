import { graphql } from '../gql';

/** Everything the admin keeps about the signed-in user. */
export const MeFields = graphql(`
  fragment MeFields on Me {
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
    secondFactor {
      enabled
      required
      setupPending
    }
  }
`);

/** A session, returned by every call that issues a token. */
export const SessionFields = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    expiresAt
    me {
      ...MeFields
    }
  }
`);

/** A session, or, for a user with a second factor, the challenge its code answers (CompleteSecondFactorLoginMutation). */
export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
      me {
        ...MeFields
      }
      secondFactorChallenge
    }
  }
`);

export const CompleteSecondFactorLoginMutation = graphql(`
  mutation CompleteSecondFactorLogin($input: SecondFactorLoginInput!) {
    completeSecondFactorLogin(input: $input) {
      ...SessionFields
    }
  }
`);

export const BeginSecondFactorSetupMutation = graphql(`
  mutation BeginSecondFactorSetup {
    beginSecondFactorSetup {
      secret
      otpauthUri
      qrCodeDataUrl
    }
  }
`);

export const ConfirmSecondFactorSetupMutation = graphql(`
  mutation ConfirmSecondFactorSetup($input: ConfirmSecondFactorInput!) {
    confirmSecondFactorSetup(input: $input) {
      recoveryCodes
      session {
        ...SessionFields
      }
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
export const SESSION_OPERATION_NAMES: ReadonlySet<string> = new Set(['Login', 'CompleteSecondFactorLogin', 'RefreshSession']);

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
