import { graphql } from '../gql';

/** Both catalogues; a page shows one of them. */
export const CataloguePageQuery = graphql(`
  query CataloguePage {
    categories {
      id
      name
      nationalCode
      active
      sortOrder
    }
    outcomes {
      id
      name
      nationalCode
      active
      sortOrder
    }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CreateCatalogEntryInput!) {
    createCategory(input: $input) {
      id
      name
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($input: UpdateCatalogEntryInput!) {
    updateCategory(input: $input) {
      id
      name
      nationalCode
      active
      sortOrder
    }
  }
`);

export const ReorderCategoriesMutation = graphql(`
  mutation ReorderCategories($input: ReorderCatalogInput!) {
    reorderCategories(input: $input) {
      id
      sortOrder
    }
  }
`);

export const CreateOutcomeMutation = graphql(`
  mutation CreateOutcome($input: CreateCatalogEntryInput!) {
    createOutcome(input: $input) {
      id
      name
    }
  }
`);

export const UpdateOutcomeMutation = graphql(`
  mutation UpdateOutcome($input: UpdateCatalogEntryInput!) {
    updateOutcome(input: $input) {
      id
      name
      nationalCode
      active
      sortOrder
    }
  }
`);

export const ReorderOutcomesMutation = graphql(`
  mutation ReorderOutcomes($input: ReorderCatalogInput!) {
    reorderOutcomes(input: $input) {
      id
      sortOrder
    }
  }
`);
