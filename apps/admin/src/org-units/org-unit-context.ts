/**
 * urql's document cache refetches a query when a mutation returns one of its types; naming
 * OrgUnit up front also covers a list that was empty when it was first loaded.
 * Module-level so the context object is stable between renders.
 */
export const ORG_UNIT_QUERY_CONTEXT = { additionalTypenames: ['OrgUnit'] };
