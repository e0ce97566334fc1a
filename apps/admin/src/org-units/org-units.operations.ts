import { graphql } from '../gql';

export const OrgUnitListFields = graphql(`
  fragment OrgUnitListFields on OrgUnit {
    id
    parentId
    name
    shortName
    kind
    validFrom
    validTo
    closed
    sortOrder
  }
`);

export const OrgUnitsQuery = graphql(`
  query OrgUnits {
    orgUnits(includeClosed: true) {
      ...OrgUnitListFields
    }
  }
`);

export const OrgUnitDetailsQuery = graphql(`
  query OrgUnitDetails($id: ID!) {
    orgUnit(id: $id) {
      ...OrgUnitListFields
      note
      parent {
        id
        name
      }
      predecessors {
        id
        name
      }
      successors {
        id
        name
      }
      history {
        id
        action
        fromName
        toName
        fromParent {
          id
          name
        }
        toParent {
          id
          name
        }
        relatedUnit {
          id
          name
        }
        effectiveDate
        occurredAt
        actorName
      }
    }
  }
`);

export const CreateOrgUnitMutation = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      ...OrgUnitListFields
    }
  }
`);

export const RenameOrgUnitMutation = graphql(`
  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {
    renameOrgUnit(input: $input) {
      ...OrgUnitListFields
    }
  }
`);

export const MoveOrgUnitMutation = graphql(`
  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {
    moveOrgUnit(input: $input) {
      ...OrgUnitListFields
    }
  }
`);

export const CloseOrgUnitMutation = graphql(`
  mutation CloseOrgUnit($input: CloseOrgUnitInput!) {
    closeOrgUnit(input: $input) {
      ...OrgUnitListFields
    }
  }
`);

export const SetOrgUnitNoteMutation = graphql(`
  mutation SetOrgUnitNote($input: SetOrgUnitNoteInput!) {
    setOrgUnitNote(input: $input) {
      ...OrgUnitListFields
      note
    }
  }
`);

export const MergeOrgUnitsMutation = graphql(`
  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {
    mergeOrgUnits(input: $input) {
      ...OrgUnitListFields
    }
  }
`);
