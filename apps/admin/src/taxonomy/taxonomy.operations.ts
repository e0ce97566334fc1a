import { graphql } from '../gql';

/** Every version of the national taxonomy, newest first. */
export const TaxonomyVersionsQuery = graphql(`
  query TaxonomyVersions {
    nationalTaxonomyVersions {
      ...NationalTaxonomyVersionFields
    }
  }
`);

export const CreateTaxonomyVersionMutation = graphql(`
  mutation CreateTaxonomyVersion($input: CreateNationalTaxonomyVersionInput!) {
    createNationalTaxonomyVersion(input: $input) {
      version
    }
  }
`);
