import { graphql } from '../gql';

export const RecommendationFollowUpFields = graphql(`
  fragment RecommendationFollowUp on Recommendation {
    id
    status
    dueOn
    statusSetAt
    statusHistory {
      status
      setAt
      setBy
    }
  }
`);

export const SetRecommendationFollowUpMutation = graphql(`
  mutation SetRecommendationFollowUp($input: SetRecommendationFollowUpInput!) {
    setRecommendationFollowUp(input: $input) {
      ...RecommendationFollowUp
    }
  }
`);

export const FollowUpNoteFields = graphql(`
  fragment ReportFollowUpNote on Report {
    id
    followUpNote {
      version
      status
      progress
      error
    }
  }
`);

export const ReportFollowUpQuery = graphql(`
  query ReportFollowUp($id: ID!) {
    report(id: $id) {
      id
      followUpIntro
      ...ReportFollowUpNote
    }
  }
`);

export const UpdateFollowUpIntroMutation = graphql(`
  mutation UpdateFollowUpIntro($reportId: ID!, $intro: String!) {
    updateFollowUpIntro(reportId: $reportId, intro: $intro) {
      id
      followUpIntro
    }
  }
`);

export const GenerateFollowUpNoteMutation = graphql(`
  mutation GenerateFollowUpNote($reportId: ID!) {
    generateFollowUpNote(reportId: $reportId) {
      ...ReportFollowUpNote
    }
  }
`);

export const FollowUpNotePreviewQuery = graphql(`
  query FollowUpNotePreview($reportId: ID!) {
    followUpNotePreview(reportId: $reportId) {
      tenantName
      reportTitle
      intro
      period {
        from
        to
      }
      rows {
        orgUnitId
        orgUnitName
        entries {
          recommendationTitle
          text
          proposedStatus
          writtenAt
        }
      }
    }
  }
`);

export const ComplianceShareFields = graphql(`
  fragment ComplianceShareFields on ComplianceShare {
    total
    implemented
    partlyImplemented
    share
  }
`);

export const ReportCarryOverQuery = graphql(`
  query ReportCarryOver($id: ID!) {
    report(id: $id) {
      id
      carryOver {
        previousReport {
          id
          title
          period {
            from
            to
          }
        }
        recommendations {
          id
          title
          text
          status
          orgUnits {
            id
            name
          }
          followUps {
            orgUnitId
            orgUnitName
            text
          }
        }
        tenant {
          ...ComplianceShareFields
        }
        departments {
          orgUnitId
          orgUnitName
          total
          implemented
          partlyImplemented
          share
        }
      }
    }
  }
`);
