import { graphql } from '../gql';

/** The municipalities on the platform with their use, and the reference list a new one is chosen from. */
export const TenantsPageQuery = graphql(`
  query TenantsPage {
    tenants {
      id
      name
      kommunekode
      peerGroup
      active
      activeUsers
      inquiriesThisYear
      lastActivityAt
    }
    municipalities {
      code
      name
      region
      onPlatform
    }
  }
`);

export const CreateTenantMutation = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      id
      name
    }
  }
`);

export const SetTenantActiveMutation = graphql(`
  mutation SetTenantActive($tenantId: ID!, $active: Boolean!) {
    setTenantActive(tenantId: $tenantId, active: $active)
  }
`);
