import { graphql } from '../gql';

export const RetentionSettingsQuery = graphql(`
  query RetentionSettings {
    retentionSettings {
      inquiryYears
      auditYears
      waitForArchive
      bounds {
        inquiryMinYears
        inquiryMaxYears
        auditMinYears
        auditMaxYears
      }
    }
  }
`);

export const SetRetentionSettingsMutation = graphql(`
  mutation SetRetentionSettings($input: RetentionSettingsInput!) {
    setRetentionSettings(input: $input) {
      inquiryYears
      auditYears
      waitForArchive
    }
  }
`);

export const RetentionBoundsQuery = graphql(`
  query RetentionBounds {
    retentionBounds {
      inquiryMinYears
      inquiryMaxYears
      auditMinYears
      auditMaxYears
    }
  }
`);

export const SetRetentionBoundsMutation = graphql(`
  mutation SetRetentionBounds($input: RetentionBoundsInput!) {
    setRetentionBounds(input: $input) {
      inquiryMinYears
      inquiryMaxYears
      auditMinYears
      auditMaxYears
    }
  }
`);

export const InquiryRetentionQuery = graphql(`
  query InquiryRetention($inquiryId: ID, $reference: String) {
    inquiryRetention(inquiryId: $inquiryId, reference: $reference) {
      inquiryId
      citizenId
      anonymisedAt
      hold {
        id
        reason
        setAt
        setByName
      }
    }
  }
`);

export const SetInquiryHoldMutation = graphql(`
  mutation SetInquiryHold($input: InquiryHoldInput!) {
    setInquiryHold(input: $input) {
      inquiryId
      hold {
        id
        reason
        setAt
        setByName
      }
    }
  }
`);

export const LiftInquiryHoldMutation = graphql(`
  mutation LiftInquiryHold($input: InquiryHoldInput!) {
    liftInquiryHold(input: $input) {
      inquiryId
      hold {
        id
      }
    }
  }
`);

export const EraseCitizenMutation = graphql(`
  mutation EraseCitizen($input: EraseCitizenInput!) {
    eraseCitizen(input: $input) {
      citizenId
      inquiries
    }
  }
`);
