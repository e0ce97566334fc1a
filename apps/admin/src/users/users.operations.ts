import { graphql } from '../gql';

export const TenantUserFields = graphql(`
  fragment TenantUserFields on TenantUser {
    id
    displayName
    email
    roles
    active
    awaitingAccess
    lastLoginAt
    hasSecondFactor
    orgUnits {
      id
      name
    }
  }
`);

export const TenantInvitationFields = graphql(`
  fragment TenantInvitationFields on TenantInvitation {
    id
    displayName
    email
    roles
    sentAt
    expiresAt
    orgUnits {
      id
      name
    }
  }
`);

/** The tenant's users, its open invitations and the units a department contact can answer for. */
export const UsersPageQuery = graphql(`
  query UsersPage {
    tenantUsers {
      ...TenantUserFields
    }
    tenantInvitations {
      ...TenantInvitationFields
    }
    orgUnits {
      id
      name
    }
  }
`);

export const InviteTenantUserMutation = graphql(`
  mutation InviteTenantUser($input: InviteTenantUserInput!) {
    inviteTenantUser(input: $input) {
      ...TenantInvitationFields
    }
  }
`);

export const UpdateMembershipMutation = graphql(`
  mutation UpdateMembership($input: UpdateMembershipInput!) {
    updateMembership(input: $input) {
      ...TenantUserFields
    }
  }
`);

export const SetMembershipActiveMutation = graphql(`
  mutation SetMembershipActive($userId: ID!, $active: Boolean!) {
    setMembershipActive(userId: $userId, active: $active) {
      ...TenantUserFields
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      ...TenantInvitationFields
    }
  }
`);

export const ResetSecondFactorMutation = graphql(`
  mutation ResetSecondFactor($userId: ID!) {
    resetSecondFactor(userId: $userId)
  }
`);
