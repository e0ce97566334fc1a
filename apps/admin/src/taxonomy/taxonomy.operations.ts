import { graphql } from '../gql';

/** Every version of the national taxonomy, newest first. */
export const TaxonomyVersionsQuery = graphql(`
  query TaxonomyVersions {
    nationalTaxonomyVersions {
      version
      entries {
        kind
        code
        nameDa
        nameEn
        sortOrder
      }
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
