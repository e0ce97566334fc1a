import { graphql } from '../gql';

/** The municipality's SAML settings (never the SP's private key) and the units a department contact can answer for. */
export const SamlProviderQuery = graphql(`
  query SamlProvider {
    samlProvider {
      idpEntityId
      idpSsoUrl
      idpCertificates
      encryptedAssertions
      spEntityId
      acsUrl
      loginUrl
      privilegeAttribute
      enabled
      privilegeMap {
        privilege
        role
        orgUnitIds
      }
    }
    orgUnits {
      id
      name
    }
  }
`);

export const SetSamlProviderMutation = graphql(`
  mutation SetSamlProvider($input: SamlProviderInput!) {
    setSamlProvider(input: $input) {
      spEntityId
    }
  }
`);
