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

/** A leaving municipality: its latest export of everything, asking for one, and its deletion with the written account. */
export const TenantExportQuery = graphql(`
  query TenantExport($tenantId: ID!) {
    tenantExport(tenantId: $tenantId) {
      id
      status
      finishedAt
      sizeBytes
      sha256
    }
  }
`);

export const ExportTenantMutation = graphql(`
  mutation ExportTenant($tenantId: ID!) {
    exportTenant(tenantId: $tenantId) {
      id
      status
      finishedAt
      sizeBytes
      sha256
    }
  }
`);

export const DeleteTenantMutation = graphql(`
  mutation DeleteTenant($tenantId: ID!, $confirmName: String!) {
    deleteTenant(tenantId: $tenantId, confirmName: $confirmName) {
      account
    }
  }
`);
