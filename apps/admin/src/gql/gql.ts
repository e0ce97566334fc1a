/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresAt\n    me {\n      isOperator\n      roles\n      user {\n        id\n        displayName\n      }\n      activeTenant {\n        id\n        name\n      }\n      tenants {\n        roles\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession {\n    refresh {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      ...SessionFields\n    }\n  }\n": typeof types.SwitchTenantDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment OrgUnitListFields on OrgUnit {\n    id\n    parentId\n    name\n    shortName\n    kind\n    validFrom\n    validTo\n    closed\n    sortOrder\n  }\n": typeof types.OrgUnitListFieldsFragmentDoc,
    "\n  query OrgUnits {\n    orgUnits(includeClosed: true) {\n      ...OrgUnitListFields\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query OrgUnitDetails($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitListFields\n      parent {\n        id\n        name\n      }\n      predecessors {\n        id\n        name\n      }\n      successors {\n        id\n        name\n      }\n      history {\n        id\n        action\n        fromName\n        toName\n        fromParent {\n          id\n          name\n        }\n        toParent {\n          id\n          name\n        }\n        relatedUnit {\n          id\n          name\n        }\n        effectiveDate\n        occurredAt\n        actorName\n      }\n    }\n  }\n": typeof types.OrgUnitDetailsDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": typeof types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  mutation CloseOrgUnit($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": typeof types.CloseOrgUnitDocument,
    "\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": typeof types.MergeOrgUnitsDocument,
};
const documents: Documents = {
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresAt\n    me {\n      isOperator\n      roles\n      user {\n        id\n        displayName\n      }\n      activeTenant {\n        id\n        name\n      }\n      tenants {\n        roles\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession {\n    refresh {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      ...SessionFields\n    }\n  }\n": types.SwitchTenantDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment OrgUnitListFields on OrgUnit {\n    id\n    parentId\n    name\n    shortName\n    kind\n    validFrom\n    validTo\n    closed\n    sortOrder\n  }\n": types.OrgUnitListFieldsFragmentDoc,
    "\n  query OrgUnits {\n    orgUnits(includeClosed: true) {\n      ...OrgUnitListFields\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query OrgUnitDetails($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitListFields\n      parent {\n        id\n        name\n      }\n      predecessors {\n        id\n        name\n      }\n      successors {\n        id\n        name\n      }\n      history {\n        id\n        action\n        fromName\n        toName\n        fromParent {\n          id\n          name\n        }\n        toParent {\n          id\n          name\n        }\n        relatedUnit {\n          id\n          name\n        }\n        effectiveDate\n        occurredAt\n        actorName\n      }\n    }\n  }\n": types.OrgUnitDetailsDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  mutation CloseOrgUnit($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": types.CloseOrgUnitDocument,
    "\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": types.MergeOrgUnitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresAt\n    me {\n      isOperator\n      roles\n      user {\n        id\n        displayName\n      }\n      activeTenant {\n        id\n        name\n      }\n      tenants {\n        roles\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresAt\n    me {\n      isOperator\n      roles\n      user {\n        id\n        displayName\n      }\n      activeTenant {\n        id\n        name\n      }\n      tenants {\n        roles\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refresh {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refresh {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitListFields on OrgUnit {\n    id\n    parentId\n    name\n    shortName\n    kind\n    validFrom\n    validTo\n    closed\n    sortOrder\n  }\n"): (typeof documents)["\n  fragment OrgUnitListFields on OrgUnit {\n    id\n    parentId\n    name\n    shortName\n    kind\n    validFrom\n    validTo\n    closed\n    sortOrder\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits {\n    orgUnits(includeClosed: true) {\n      ...OrgUnitListFields\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits {\n    orgUnits(includeClosed: true) {\n      ...OrgUnitListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitDetails($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitListFields\n      parent {\n        id\n        name\n      }\n      predecessors {\n        id\n        name\n      }\n      successors {\n        id\n        name\n      }\n      history {\n        id\n        action\n        fromName\n        toName\n        fromParent {\n          id\n          name\n        }\n        toParent {\n          id\n          name\n        }\n        relatedUnit {\n          id\n          name\n        }\n        effectiveDate\n        occurredAt\n        actorName\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitDetails($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitListFields\n      parent {\n        id\n        name\n      }\n      predecessors {\n        id\n        name\n      }\n      successors {\n        id\n        name\n      }\n      history {\n        id\n        action\n        fromName\n        toName\n        fromParent {\n          id\n          name\n        }\n        toParent {\n          id\n          name\n        }\n        relatedUnit {\n          id\n          name\n        }\n        effectiveDate\n        occurredAt\n        actorName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOrgUnit($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseOrgUnit($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;