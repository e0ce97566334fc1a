import { graphql } from '../gql';

export const OidcSettingsFields = graphql(`
  fragment OidcSettingsFields on OidcSettings {
    issuerUrl
    clientId
    secretSet
    secretSetAt
    emailDomains
    ssoRequired
    enabled
    redirectPath
    updatedAt
  }
`);

export const OidcSettingsQuery = graphql(`
  query OidcSettings {
    oidcSettings {
      ...OidcSettingsFields
    }
  }
`);

export const SaveOidcSettingsMutation = graphql(`
  mutation SaveOidcSettings($input: OidcSettingsInput!) {
    saveOidcSettings(input: $input) {
      ...OidcSettingsFields
    }
  }
`);
