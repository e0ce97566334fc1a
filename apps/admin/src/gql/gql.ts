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
    "\n  fragment ArchivePackageFields on ArchivePackage {\n    id\n    scope\n    periodFrom\n    periodTo\n    status\n    requestedAt\n    finishedAt\n    sizeBytes\n    sha256\n    deliveredAt\n    deliveredByName\n  }\n": typeof types.ArchivePackageFieldsFragmentDoc,
    "\n  query ArchivePackages {\n    archivePackages {\n      ...ArchivePackageFields\n    }\n  }\n": typeof types.ArchivePackagesDocument,
    "\n  mutation RequestArchivePackage($period: PeriodInput!) {\n    requestArchivePackage(period: $period) {\n      ...ArchivePackageFields\n    }\n  }\n": typeof types.RequestArchivePackageDocument,
    "\n  mutation MarkArchivePackageDelivered($id: ID!) {\n    markArchivePackageDelivered(id: $id) {\n      ...ArchivePackageFields\n    }\n  }\n": typeof types.MarkArchivePackageDeliveredDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          userName\n          userRoles\n          action\n          subjectType\n          subjectId\n          subjectLabel\n          details\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query CitizenAuditExport($citizenId: ID!) {\n    citizenAuditExport(citizenId: $citizenId)\n  }\n": typeof types.CitizenAuditExportDocument,
    "\n  query AuditUsers {\n    tenantUsers {\n      id\n      displayName\n    }\n  }\n": typeof types.AuditUsersDocument,
    "\n  fragment MeFields on Me {\n    isOperator\n    roles\n    user {\n      id\n      displayName\n    }\n    activeTenant {\n      id\n      name\n    }\n    tenants {\n      roles\n      tenant {\n        id\n        name\n      }\n    }\n    secondFactor {\n      enabled\n      required\n      setupPending\n    }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresAt\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      me {\n        ...MeFields\n      }\n      secondFactorChallenge\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation CompleteSecondFactorLogin($input: SecondFactorLoginInput!) {\n    completeSecondFactorLogin(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.CompleteSecondFactorLoginDocument,
    "\n  mutation BeginSecondFactorSetup {\n    beginSecondFactorSetup {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": typeof types.BeginSecondFactorSetupDocument,
    "\n  mutation ConfirmSecondFactorSetup($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactorSetup(input: $input) {\n      recoveryCodes\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": typeof types.ConfirmSecondFactorSetupDocument,
    "\n  mutation RefreshSession {\n    refresh {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      ...SessionFields\n    }\n  }\n": typeof types.SwitchTenantDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query LoginProviderForEmail($email: String!) {\n    loginProviderForEmail(email: $email) {\n      slug\n      municipalityName\n      loginPath\n    }\n  }\n": typeof types.LoginProviderForEmailDocument,
    "\n  query LoginProviders {\n    loginProviders {\n      slug\n      municipalityName\n      loginPath\n    }\n  }\n": typeof types.LoginProvidersDocument,
    "\n  fragment BenchmarkFields on Benchmark {\n    year\n    years\n    updatedAt\n    tenants {\n      id\n      name\n      peerGroup\n      own\n      comment\n    }\n    figures {\n      metric\n      code\n      nameDa\n      nameEn\n      national {\n        lowerQuartile\n        median\n        upperQuartile\n        tenantCount\n      }\n      peerGroups {\n        peerGroup\n        statistic {\n          median\n        }\n      }\n      values {\n        tenantId\n        own\n        value\n        count\n        suppressed\n        rank\n        rolling {\n          fromYear\n          toYear\n          value\n          count\n          suppressed\n        }\n        comparability\n      }\n      nationalTrend {\n        year\n        median\n      }\n    }\n  }\n": typeof types.BenchmarkFieldsFragmentDoc,
    "\n  fragment BenchmarkTrendFields on Benchmark {\n    year\n    figures {\n      metric\n      code\n      values {\n        tenantId\n        trend {\n          year\n          value\n          suppressed\n        }\n      }\n      funnels {\n        kind\n        target\n        tenantCount\n        overdispersionAdjusted\n        points {\n          tenantId\n          value\n          count\n          exposure\n          position\n        }\n        curve {\n          exposure\n          lower998\n          lower95\n          upper95\n          upper998\n        }\n      }\n    }\n  }\n": typeof types.BenchmarkTrendFieldsFragmentDoc,
    "\n  query BenchmarkDashboard($year: Int) {\n    benchmarkDashboard(year: $year) {\n      optIn\n      unmapped {\n        kind\n        id\n        name\n        nationalCode\n      }\n      benchmark {\n        ...BenchmarkFields\n      }\n    }\n  }\n": typeof types.BenchmarkDashboardDocument,
    "\n  query BenchmarkDashboardTrends($year: Int) {\n    benchmarkDashboard(year: $year) {\n      benchmark {\n        ...BenchmarkTrendFields\n      }\n    }\n  }\n": typeof types.BenchmarkDashboardTrendsDocument,
    "\n  fragment NationalTaxonomyVersionFields on NationalTaxonomyVersion {\n    version\n    entries {\n      kind\n      code\n      nameDa\n      nameEn\n      sortOrder\n    }\n  }\n": typeof types.NationalTaxonomyVersionFieldsFragmentDoc,
    "\n  query NationalTaxonomy {\n    nationalTaxonomy {\n      ...NationalTaxonomyVersionFields\n    }\n  }\n": typeof types.NationalTaxonomyDocument,
    "\n  query BenchmarkOrgUnits {\n    orgUnits(includeClosed: false) {\n      id\n      name\n      parentId\n      sortOrder\n      nationalArea\n    }\n  }\n": typeof types.BenchmarkOrgUnitsDocument,
    "\n  mutation SetBenchmarkOptIn($optIn: Boolean!) {\n    setBenchmarkOptIn(optIn: $optIn)\n  }\n": typeof types.SetBenchmarkOptInDocument,
    "\n  mutation SetBenchmarkComment($year: Int!, $text: String) {\n    setBenchmarkComment(year: $year, text: $text)\n  }\n": typeof types.SetBenchmarkCommentDocument,
    "\n  mutation SetOrgUnitNationalArea($orgUnitId: ID!, $area: String) {\n    setOrgUnitNationalArea(orgUnitId: $orgUnitId, area: $area)\n  }\n": typeof types.SetOrgUnitNationalAreaDocument,
    "\n  mutation MapCategoryToNational($id: ID!, $nationalCode: String!) {\n    updateCategory(input: { id: $id, nationalCode: $nationalCode }) {\n      id\n      nationalCode\n    }\n  }\n": typeof types.MapCategoryToNationalDocument,
    "\n  mutation MapOutcomeToNational($id: ID!, $nationalCode: String!) {\n    updateOutcome(input: { id: $id, nationalCode: $nationalCode }) {\n      id\n      nationalCode\n    }\n  }\n": typeof types.MapOutcomeToNationalDocument,
    "\n  query DecidedCaseVolumes($year: Int!) {\n    decidedCaseVolumes(year: $year) {\n      orgUnitId\n      year\n      decidedCases\n      updatedAt\n    }\n    orgUnits(includeClosed: false) {\n      id\n      parentId\n      name\n      shortName\n      sortOrder\n    }\n  }\n": typeof types.DecidedCaseVolumesDocument,
    "\n  mutation SetDecidedCaseVolumes($input: SetDecidedCaseVolumesInput!) {\n    setDecidedCaseVolumes(input: $input) {\n      orgUnitId\n      year\n      decidedCases\n      updatedAt\n    }\n  }\n": typeof types.SetDecidedCaseVolumesDocument,
    "\n  query CataloguePage {\n    categories {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n    outcomes {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n  }\n": typeof types.CataloguePageDocument,
    "\n  mutation CreateCategory($input: CreateCatalogEntryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: UpdateCatalogEntryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  mutation ReorderCategories($input: ReorderCatalogInput!) {\n    reorderCategories(input: $input) {\n      id\n      sortOrder\n    }\n  }\n": typeof types.ReorderCategoriesDocument,
    "\n  mutation CreateOutcome($input: CreateCatalogEntryInput!) {\n    createOutcome(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOutcomeDocument,
    "\n  mutation UpdateOutcome($input: UpdateCatalogEntryInput!) {\n    updateOutcome(input: $input) {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n  }\n": typeof types.UpdateOutcomeDocument,
    "\n  mutation ReorderOutcomes($input: ReorderCatalogInput!) {\n    reorderOutcomes(input: $input) {\n      id\n      sortOrder\n    }\n  }\n": typeof types.ReorderOutcomesDocument,
    "\n  fragment FollowUpAttachmentItem on FollowUpAttachment {\n    id\n    fileName\n    contentType\n    byteSize\n    createdAt\n  }\n": typeof types.FollowUpAttachmentItemFragmentDoc,
    "\n  fragment FollowUpAnswer on RecommendationFollowUp {\n    id\n    text\n    proposedStatus\n    updatedAt\n    writtenBy\n    orgUnit {\n      id\n      name\n    }\n    attachments {\n      ...FollowUpAttachmentItem\n    }\n  }\n": typeof types.FollowUpAnswerFragmentDoc,
    "\n  query MyRecommendations($first: Int!, $after: String) {\n    myRecommendations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          text\n          dueOn\n          status\n          sortOrder\n          orgUnits {\n            id\n            name\n          }\n          answerableOrgUnitIds\n          report {\n            id\n            title\n            publishedAt\n            period {\n              from\n              to\n            }\n          }\n          followUps {\n            ...FollowUpAnswer\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.MyRecommendationsDocument,
    "\n  mutation WriteFollowUp($input: WriteFollowUpInput!) {\n    writeFollowUp(input: $input) {\n      ...FollowUpAnswer\n    }\n  }\n": typeof types.WriteFollowUpDocument,
    "\n  query ReportFollowUpAttachments($id: ID!) {\n    report(id: $id) {\n      id\n      recommendations {\n        id\n        title\n        followUps {\n          id\n          orgUnit {\n            id\n          }\n          attachments {\n            ...FollowUpAttachmentItem\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReportFollowUpAttachmentsDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      fileName\n      status\n      totalRows\n      processedRows\n      insertedRows\n      skippedRows\n      createdAt\n      finishedAt\n      errorCount\n      errors {\n        row\n        column\n        reason\n      }\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query ImportJobs($first: Int!, $after: String) {\n    importJobs(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          fileName\n          status\n          insertedRows\n          errorCount\n          uploadedBy\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ImportJobsDocument,
    "\n  fragment InquiryListFields on Inquiry {\n    id\n    reference\n    receivedOn\n    channel\n    kind\n    status\n    firstContactOn\n    closedOn\n    citizen {\n      id\n      displayName\n    }\n    orgUnit {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n    outcome {\n      id\n      name\n    }\n    responseTimes {\n      daysToFirstContact\n      daysToClose\n      firstContactOverdue\n      closeOverdue\n    }\n  }\n": typeof types.InquiryListFieldsFragmentDoc,
    "\n  query Inquiries($filter: InquiryFilter, $sort: InquirySort, $first: Int, $after: String) {\n    inquiries(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...InquiryListFields\n        }\n      }\n    }\n  }\n": typeof types.InquiriesDocument,
    "\n  query InquiryCounts($filter: InquiryFilter) {\n    inquiryCounts(filter: $filter) {\n      total\n      overdue\n      byKind {\n        kind\n        count\n      }\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n": typeof types.InquiryCountsDocument,
    "\n  query InquiryChoices {\n    orgUnits(includeClosed: true) {\n      id\n      parentId\n      name\n      shortName\n      closed\n      sortOrder\n    }\n    categories {\n      id\n      name\n      active\n      sortOrder\n    }\n    outcomes {\n      id\n      name\n      active\n      sortOrder\n    }\n  }\n": typeof types.InquiryChoicesDocument,
    "\n  fragment InquiryDetailsFields on Inquiry {\n    ...InquiryListFields\n    summary\n    createdAt\n    updatedAt\n    citizen {\n      id\n      reference\n      displayName\n      email\n      phone\n    }\n    mainInquiry {\n      id\n      reference\n      receivedOn\n    }\n    followUps {\n      id\n      reference\n      receivedOn\n      status\n    }\n    learningEntries {\n      id\n      whatWentWrong\n      why\n      whatWasLearnt\n      canRecur\n      prevention\n      authorName\n      createdAt\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InquiryDetailsFieldsFragmentDoc,
    "\n  query Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryDetailsFields\n    }\n  }\n": typeof types.InquiryDocument,
    "\n  query Citizens($search: String, $first: Int) {\n    citizens(search: $search, first: $first) {\n      id\n      reference\n      displayName\n      inquiryCount\n    }\n  }\n": typeof types.CitizensDocument,
    "\n  query MainCaseCandidates($citizenId: ID!, $search: String) {\n    inquiries(filter: { citizenId: $citizenId, mainCasesOnly: true, search: $search }, sort: RECEIVED_DESC, first: 50) {\n      edges {\n        node {\n          id\n          reference\n          receivedOn\n          kind\n        }\n      }\n    }\n  }\n": typeof types.MainCaseCandidatesDocument,
    "\n  mutation CreateCitizen($input: CreateCitizenInput!) {\n    createCitizen(input: $input) {\n      id\n      reference\n      displayName\n      inquiryCount\n    }\n  }\n": typeof types.CreateCitizenDocument,
    "\n  mutation CreateInquiry($input: CreateInquiryInput!) {\n    createInquiry(input: $input) {\n      ...InquiryDetailsFields\n    }\n  }\n": typeof types.CreateInquiryDocument,
    "\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryDetailsFields\n    }\n  }\n": typeof types.UpdateInquiryDocument,
    "\n  mutation DeleteInquiry($id: ID!) {\n    deleteInquiry(id: $id)\n  }\n": typeof types.DeleteInquiryDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      municipalityName\n      email\n      roles\n      choosesPassword\n      ssoLoginPath\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment LearningEntryFields on LearningEntry {\n    id\n    inquiryId\n    whatWentWrong\n    why\n    whatWasLearnt\n    canRecur\n    prevention\n    authorName\n    createdAt\n  }\n": typeof types.LearningEntryFieldsFragmentDoc,
    "\n  query DepartmentComplaints($first: Int!, $after: String) {\n    departmentComplaints(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          receivedOn\n          firstContactOn\n          closedOn\n          orgUnit {\n            id\n            name\n          }\n          categories {\n            id\n            name\n          }\n          learningEntries {\n            ...LearningEntryFields\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DepartmentComplaintsDocument,
    "\n  mutation WriteLearningEntry($input: LearningEntryInput!) {\n    writeLearningEntry(input: $input) {\n      ...LearningEntryFields\n    }\n  }\n": typeof types.WriteLearningEntryDocument,
    "\n  fragment OrgUnitListFields on OrgUnit {\n    id\n    parentId\n    name\n    shortName\n    kind\n    validFrom\n    validTo\n    closed\n    sortOrder\n  }\n": typeof types.OrgUnitListFieldsFragmentDoc,
    "\n  query OrgUnits {\n    orgUnits(includeClosed: true) {\n      ...OrgUnitListFields\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query OrgUnitDetails($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitListFields\n      note\n      parent {\n        id\n        name\n      }\n      predecessors {\n        id\n        name\n      }\n      successors {\n        id\n        name\n      }\n      history {\n        id\n        action\n        fromName\n        toName\n        fromParent {\n          id\n          name\n        }\n        toParent {\n          id\n          name\n        }\n        relatedUnit {\n          id\n          name\n        }\n        effectiveDate\n        occurredAt\n        actorName\n      }\n    }\n  }\n": typeof types.OrgUnitDetailsDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": typeof types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  mutation CloseOrgUnit($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": typeof types.CloseOrgUnitDocument,
    "\n  mutation SetOrgUnitNote($input: SetOrgUnitNoteInput!) {\n    setOrgUnitNote(input: $input) {\n      ...OrgUnitListFields\n      note\n    }\n  }\n": typeof types.SetOrgUnitNoteDocument,
    "\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": typeof types.MergeOrgUnitsDocument,
    "\n  mutation OpenQueueDashboard {\n    openQueueDashboard\n  }\n": typeof types.OpenQueueDashboardDocument,
    "\n  fragment RecommendationFollowUp on Recommendation {\n    id\n    status\n    dueOn\n    statusSetAt\n    statusHistory {\n      status\n      setAt\n      setBy\n    }\n  }\n": typeof types.RecommendationFollowUpFragmentDoc,
    "\n  mutation SetRecommendationFollowUp($input: SetRecommendationFollowUpInput!) {\n    setRecommendationFollowUp(input: $input) {\n      ...RecommendationFollowUp\n    }\n  }\n": typeof types.SetRecommendationFollowUpDocument,
    "\n  fragment ReportFollowUpNote on Report {\n    id\n    followUpNote {\n      version\n      status\n      progress\n      error\n    }\n  }\n": typeof types.ReportFollowUpNoteFragmentDoc,
    "\n  query ReportFollowUp($id: ID!) {\n    report(id: $id) {\n      id\n      followUpIntro\n      ...ReportFollowUpNote\n    }\n  }\n": typeof types.ReportFollowUpDocument,
    "\n  mutation UpdateFollowUpIntro($reportId: ID!, $intro: String!) {\n    updateFollowUpIntro(reportId: $reportId, intro: $intro) {\n      id\n      followUpIntro\n    }\n  }\n": typeof types.UpdateFollowUpIntroDocument,
    "\n  mutation GenerateFollowUpNote($reportId: ID!) {\n    generateFollowUpNote(reportId: $reportId) {\n      ...ReportFollowUpNote\n    }\n  }\n": typeof types.GenerateFollowUpNoteDocument,
    "\n  query FollowUpNotePreview($reportId: ID!) {\n    followUpNotePreview(reportId: $reportId) {\n      tenantName\n      reportTitle\n      intro\n      period {\n        from\n        to\n      }\n      rows {\n        orgUnitId\n        orgUnitName\n        entries {\n          recommendationTitle\n          text\n          proposedStatus\n          writtenAt\n        }\n      }\n    }\n  }\n": typeof types.FollowUpNotePreviewDocument,
    "\n  fragment ComplianceShareFields on ComplianceShare {\n    total\n    implemented\n    partlyImplemented\n    share\n  }\n": typeof types.ComplianceShareFieldsFragmentDoc,
    "\n  query ReportCarryOver($id: ID!) {\n    report(id: $id) {\n      id\n      carryOver {\n        previousReport {\n          id\n          title\n          period {\n            from\n            to\n          }\n        }\n        recommendations {\n          id\n          title\n          text\n          status\n          orgUnits {\n            id\n            name\n          }\n          followUps {\n            orgUnitId\n            orgUnitName\n            text\n          }\n        }\n        tenant {\n          ...ComplianceShareFields\n        }\n        departments {\n          orgUnitId\n          orgUnitName\n          total\n          implemented\n          partlyImplemented\n          share\n        }\n      }\n    }\n  }\n": typeof types.ReportCarryOverDocument,
    "\n  fragment ReportComparedShare on ComparedShare {\n    current {\n      numerator\n      denominator\n    }\n    comparison {\n      numerator\n      denominator\n    }\n  }\n": typeof types.ReportComparedShareFragmentDoc,
    "\n  fragment ReportCountWithShare on CountWithShare {\n    count {\n      current\n      comparison\n    }\n    share {\n      ...ReportComparedShare\n    }\n  }\n": typeof types.ReportCountWithShareFragmentDoc,
    "\n  fragment ReportFoldedCounts on FoldedCounts {\n    rows {\n      id\n      name\n      count {\n        current\n        comparison\n      }\n      share {\n        ...ReportComparedShare\n      }\n    }\n    other {\n      count {\n        current\n        comparison\n      }\n      share {\n        ...ReportComparedShare\n      }\n      foldedEntries {\n        current\n        comparison\n      }\n    }\n    total {\n      current\n      comparison\n    }\n    base {\n      current\n      comparison\n    }\n  }\n": typeof types.ReportFoldedCountsFragmentDoc,
    "\n  fragment ReportOrgUnitRow on OrgUnitFigureRow {\n    id\n    name\n    shortName\n    formerNames\n    count {\n      current\n      comparison\n    }\n    share {\n      ...ReportComparedShare\n    }\n  }\n": typeof types.ReportOrgUnitRowFragmentDoc,
    "\n  fragment ReportResponseTimes on ResponseTimeFigures {\n    measured\n    median\n    p90\n    withinTarget {\n      numerator\n      denominator\n    }\n  }\n": typeof types.ReportResponseTimesFragmentDoc,
    "\n  fragment ReportFiguresAll on ReportFigures {\n    period {\n      from\n      to\n    }\n    comparison {\n      from\n      to\n    }\n    targets {\n      firstContactDays\n      closeDays\n    }\n    citizens {\n      current\n      comparison\n    }\n    registrations {\n      current\n      comparison\n    }\n    mainCases {\n      current\n      comparison\n    }\n    followUps {\n      current\n      comparison\n    }\n    kinds {\n      kind\n      count {\n        current\n        comparison\n      }\n      share {\n        ...ReportComparedShare\n      }\n    }\n    complaintCategories {\n      ...ReportFoldedCounts\n    }\n    complaintOutcomes {\n      ...ReportFoldedCounts\n    }\n    orgUnits {\n      units {\n        ...ReportOrgUnitRow\n      }\n      topLevel {\n        ...ReportOrgUnitRow\n      }\n      withoutUnit {\n        ...ReportCountWithShare\n      }\n    }\n    firstContact {\n      current {\n        ...ReportResponseTimes\n      }\n      comparison {\n        ...ReportResponseTimes\n      }\n    }\n    close {\n      current {\n        ...ReportResponseTimes\n      }\n      comparison {\n        ...ReportResponseTimes\n      }\n    }\n  }\n": typeof types.ReportFiguresAllFragmentDoc,
    "\n  query ReportPreview($period: PeriodInput!, $comparison: PeriodInput) {\n    reportPreview(period: $period, comparison: $comparison) {\n      ...ReportFiguresAll\n    }\n  }\n": typeof types.ReportPreviewDocument,
    "\n  fragment ReportSummary on Report {\n    id\n    title\n    status\n    currentVersion\n    publishedAt\n    period {\n      from\n      to\n    }\n    comparison {\n      from\n      to\n    }\n    generation {\n      version\n      status\n      progress\n      error\n    }\n  }\n": typeof types.ReportSummaryFragmentDoc,
    "\n  query ReportsList {\n    reports {\n      ...ReportSummary\n    }\n  }\n": typeof types.ReportsListDocument,
    "\n  query PublishedReport($id: ID!) {\n    report(id: $id) {\n      ...ReportSummary\n      followUpNote {\n        version\n        status\n      }\n      figures {\n        ...ReportFiguresAll\n      }\n    }\n  }\n": typeof types.PublishedReportDocument,
    "\n  query Report($id: ID!) {\n    report(id: $id) {\n      ...ReportSummary\n    }\n  }\n": typeof types.ReportDocument,
    "\n  mutation CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      ...ReportSummary\n    }\n  }\n": typeof types.CreateReportDocument,
    "\n  mutation GenerateReport($id: ID!) {\n    generateReport(id: $id) {\n      ...ReportSummary\n    }\n  }\n": typeof types.GenerateReportDocument,
    "\n  mutation PublishReport($id: ID!) {\n    publishReport(id: $id) {\n      ...ReportSummary\n    }\n  }\n": typeof types.PublishReportDocument,
    "\n  fragment ReportRecommendation on Recommendation {\n    id\n    title\n    text\n    general\n    sortOrder\n    orgUnits {\n      id\n      name\n    }\n  }\n": typeof types.ReportRecommendationFragmentDoc,
    "\n  query ReportContent($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      foreword\n      themes\n      examples\n      recommendations {\n        ...ReportRecommendation\n        ...RecommendationFollowUp\n      }\n    }\n  }\n": typeof types.ReportContentDocument,
    "\n  query ReportOrgUnits {\n    orgUnits(includeClosed: false) {\n      id\n      parentId\n      name\n      shortName\n      sortOrder\n    }\n  }\n": typeof types.ReportOrgUnitsDocument,
    "\n  mutation UpdateReportSections($input: UpdateReportSectionsInput!) {\n    updateReportSections(input: $input) {\n      ...ReportSummary\n      foreword\n      themes\n      examples\n    }\n  }\n": typeof types.UpdateReportSectionsDocument,
    "\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      ...ReportRecommendation\n    }\n  }\n": typeof types.AddRecommendationDocument,
    "\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      ...ReportRecommendation\n    }\n  }\n": typeof types.UpdateRecommendationDocument,
    "\n  mutation RemoveRecommendation($id: ID!) {\n    removeRecommendation(id: $id) {\n      ...ReportSummary\n    }\n  }\n": typeof types.RemoveRecommendationDocument,
    "\n  query ResponseTargets {\n    responseTargets {\n      firstContactDays\n      closeDays\n    }\n  }\n": typeof types.ResponseTargetsDocument,
    "\n  mutation SetResponseTargets($input: ResponseTargetsInput!) {\n    setResponseTargets(input: $input) {\n      firstContactDays\n      closeDays\n    }\n  }\n": typeof types.SetResponseTargetsDocument,
    "\n  query SessionCheck {\n    me {\n      isOperator\n    }\n  }\n": typeof types.SessionCheckDocument,
    "\n  query RetentionSettings {\n    retentionSettings {\n      inquiryYears\n      auditYears\n      waitForArchive\n      bounds {\n        inquiryMinYears\n        inquiryMaxYears\n        auditMinYears\n        auditMaxYears\n      }\n    }\n  }\n": typeof types.RetentionSettingsDocument,
    "\n  mutation SetRetentionSettings($input: RetentionSettingsInput!) {\n    setRetentionSettings(input: $input) {\n      inquiryYears\n      auditYears\n      waitForArchive\n    }\n  }\n": typeof types.SetRetentionSettingsDocument,
    "\n  query RetentionBounds {\n    retentionBounds {\n      inquiryMinYears\n      inquiryMaxYears\n      auditMinYears\n      auditMaxYears\n    }\n  }\n": typeof types.RetentionBoundsDocument,
    "\n  mutation SetRetentionBounds($input: RetentionBoundsInput!) {\n    setRetentionBounds(input: $input) {\n      inquiryMinYears\n      inquiryMaxYears\n      auditMinYears\n      auditMaxYears\n    }\n  }\n": typeof types.SetRetentionBoundsDocument,
    "\n  query InquiryRetention($inquiryId: ID, $reference: String) {\n    inquiryRetention(inquiryId: $inquiryId, reference: $reference) {\n      inquiryId\n      citizenId\n      anonymisedAt\n      hold {\n        id\n        reason\n        setAt\n        setByName\n      }\n    }\n  }\n": typeof types.InquiryRetentionDocument,
    "\n  mutation SetInquiryHold($input: InquiryHoldInput!) {\n    setInquiryHold(input: $input) {\n      inquiryId\n      hold {\n        id\n        reason\n        setAt\n        setByName\n      }\n    }\n  }\n": typeof types.SetInquiryHoldDocument,
    "\n  mutation LiftInquiryHold($input: InquiryHoldInput!) {\n    liftInquiryHold(input: $input) {\n      inquiryId\n      hold {\n        id\n      }\n    }\n  }\n": typeof types.LiftInquiryHoldDocument,
    "\n  mutation EraseCitizen($input: EraseCitizenInput!) {\n    eraseCitizen(input: $input) {\n      citizenId\n      inquiries\n    }\n  }\n": typeof types.EraseCitizenDocument,
    "\n  query SamlProvider {\n    samlProvider {\n      idpEntityId\n      idpSsoUrl\n      idpCertificates\n      encryptedAssertions\n      spEntityId\n      acsUrl\n      loginUrl\n      privilegeAttribute\n      enabled\n      privilegeMap {\n        privilege\n        role\n        orgUnitIds\n      }\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n": typeof types.SamlProviderDocument,
    "\n  mutation SetSamlProvider($input: SamlProviderInput!) {\n    setSamlProvider(input: $input) {\n      spEntityId\n    }\n  }\n": typeof types.SetSamlProviderDocument,
    "\n  fragment OidcSettingsFields on OidcSettings {\n    issuerUrl\n    clientId\n    secretSet\n    secretSetAt\n    emailDomains\n    ssoRequired\n    enabled\n    redirectPath\n    updatedAt\n  }\n": typeof types.OidcSettingsFieldsFragmentDoc,
    "\n  query OidcSettings {\n    oidcSettings {\n      ...OidcSettingsFields\n    }\n  }\n": typeof types.OidcSettingsDocument,
    "\n  mutation SaveOidcSettings($input: OidcSettingsInput!) {\n    saveOidcSettings(input: $input) {\n      ...OidcSettingsFields\n    }\n  }\n": typeof types.SaveOidcSettingsDocument,
    "\n  query TaxonomyVersions {\n    nationalTaxonomyVersions {\n      ...NationalTaxonomyVersionFields\n    }\n  }\n": typeof types.TaxonomyVersionsDocument,
    "\n  mutation CreateTaxonomyVersion($input: CreateNationalTaxonomyVersionInput!) {\n    createNationalTaxonomyVersion(input: $input) {\n      version\n    }\n  }\n": typeof types.CreateTaxonomyVersionDocument,
    "\n  query TenantsPage {\n    tenants {\n      id\n      name\n      kommunekode\n      peerGroup\n      active\n      activeUsers\n      inquiriesThisYear\n      lastActivityAt\n    }\n    municipalities {\n      code\n      name\n      region\n      onPlatform\n    }\n  }\n": typeof types.TenantsPageDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation SetTenantActive($tenantId: ID!, $active: Boolean!) {\n    setTenantActive(tenantId: $tenantId, active: $active)\n  }\n": typeof types.SetTenantActiveDocument,
    "\n  query TenantExport($tenantId: ID!) {\n    tenantExport(tenantId: $tenantId) {\n      id\n      status\n      finishedAt\n      sizeBytes\n      sha256\n    }\n  }\n": typeof types.TenantExportDocument,
    "\n  mutation ExportTenant($tenantId: ID!) {\n    exportTenant(tenantId: $tenantId) {\n      id\n      status\n      finishedAt\n      sizeBytes\n      sha256\n    }\n  }\n": typeof types.ExportTenantDocument,
    "\n  mutation DeleteTenant($tenantId: ID!, $confirmName: String!) {\n    deleteTenant(tenantId: $tenantId, confirmName: $confirmName) {\n      account\n    }\n  }\n": typeof types.DeleteTenantDocument,
    "\n  fragment TenantUserFields on TenantUser {\n    id\n    displayName\n    email\n    roles\n    active\n    awaitingAccess\n    lastLoginAt\n    hasSecondFactor\n    orgUnits {\n      id\n      name\n    }\n  }\n": typeof types.TenantUserFieldsFragmentDoc,
    "\n  fragment TenantInvitationFields on TenantInvitation {\n    id\n    displayName\n    email\n    roles\n    sentAt\n    expiresAt\n    orgUnits {\n      id\n      name\n    }\n  }\n": typeof types.TenantInvitationFieldsFragmentDoc,
    "\n  query UsersPage {\n    tenantUsers {\n      ...TenantUserFields\n    }\n    tenantInvitations {\n      ...TenantInvitationFields\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n": typeof types.UsersPageDocument,
    "\n  mutation InviteTenantUser($input: InviteTenantUserInput!) {\n    inviteTenantUser(input: $input) {\n      ...TenantInvitationFields\n    }\n  }\n": typeof types.InviteTenantUserDocument,
    "\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      ...TenantUserFields\n    }\n  }\n": typeof types.UpdateMembershipDocument,
    "\n  mutation SetMembershipActive($userId: ID!, $active: Boolean!) {\n    setMembershipActive(userId: $userId, active: $active) {\n      ...TenantUserFields\n    }\n  }\n": typeof types.SetMembershipActiveDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...TenantInvitationFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation ResetSecondFactor($userId: ID!) {\n    resetSecondFactor(userId: $userId)\n  }\n": typeof types.ResetSecondFactorDocument,
};
const documents: Documents = {
    "\n  fragment ArchivePackageFields on ArchivePackage {\n    id\n    scope\n    periodFrom\n    periodTo\n    status\n    requestedAt\n    finishedAt\n    sizeBytes\n    sha256\n    deliveredAt\n    deliveredByName\n  }\n": types.ArchivePackageFieldsFragmentDoc,
    "\n  query ArchivePackages {\n    archivePackages {\n      ...ArchivePackageFields\n    }\n  }\n": types.ArchivePackagesDocument,
    "\n  mutation RequestArchivePackage($period: PeriodInput!) {\n    requestArchivePackage(period: $period) {\n      ...ArchivePackageFields\n    }\n  }\n": types.RequestArchivePackageDocument,
    "\n  mutation MarkArchivePackageDelivered($id: ID!) {\n    markArchivePackageDelivered(id: $id) {\n      ...ArchivePackageFields\n    }\n  }\n": types.MarkArchivePackageDeliveredDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          userName\n          userRoles\n          action\n          subjectType\n          subjectId\n          subjectLabel\n          details\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query CitizenAuditExport($citizenId: ID!) {\n    citizenAuditExport(citizenId: $citizenId)\n  }\n": types.CitizenAuditExportDocument,
    "\n  query AuditUsers {\n    tenantUsers {\n      id\n      displayName\n    }\n  }\n": types.AuditUsersDocument,
    "\n  fragment MeFields on Me {\n    isOperator\n    roles\n    user {\n      id\n      displayName\n    }\n    activeTenant {\n      id\n      name\n    }\n    tenants {\n      roles\n      tenant {\n        id\n        name\n      }\n    }\n    secondFactor {\n      enabled\n      required\n      setupPending\n    }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresAt\n    me {\n      ...MeFields\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      me {\n        ...MeFields\n      }\n      secondFactorChallenge\n    }\n  }\n": types.LoginDocument,
    "\n  mutation CompleteSecondFactorLogin($input: SecondFactorLoginInput!) {\n    completeSecondFactorLogin(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.CompleteSecondFactorLoginDocument,
    "\n  mutation BeginSecondFactorSetup {\n    beginSecondFactorSetup {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": types.BeginSecondFactorSetupDocument,
    "\n  mutation ConfirmSecondFactorSetup($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactorSetup(input: $input) {\n      recoveryCodes\n      session {\n        ...SessionFields\n      }\n    }\n  }\n": types.ConfirmSecondFactorSetupDocument,
    "\n  mutation RefreshSession {\n    refresh {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SwitchTenant($tenantId: ID!) {\n    switchTenant(tenantId: $tenantId) {\n      ...SessionFields\n    }\n  }\n": types.SwitchTenantDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query LoginProviderForEmail($email: String!) {\n    loginProviderForEmail(email: $email) {\n      slug\n      municipalityName\n      loginPath\n    }\n  }\n": types.LoginProviderForEmailDocument,
    "\n  query LoginProviders {\n    loginProviders {\n      slug\n      municipalityName\n      loginPath\n    }\n  }\n": types.LoginProvidersDocument,
    "\n  fragment BenchmarkFields on Benchmark {\n    year\n    years\n    updatedAt\n    tenants {\n      id\n      name\n      peerGroup\n      own\n      comment\n    }\n    figures {\n      metric\n      code\n      nameDa\n      nameEn\n      national {\n        lowerQuartile\n        median\n        upperQuartile\n        tenantCount\n      }\n      peerGroups {\n        peerGroup\n        statistic {\n          median\n        }\n      }\n      values {\n        tenantId\n        own\n        value\n        count\n        suppressed\n        rank\n        rolling {\n          fromYear\n          toYear\n          value\n          count\n          suppressed\n        }\n        comparability\n      }\n      nationalTrend {\n        year\n        median\n      }\n    }\n  }\n": types.BenchmarkFieldsFragmentDoc,
    "\n  fragment BenchmarkTrendFields on Benchmark {\n    year\n    figures {\n      metric\n      code\n      values {\n        tenantId\n        trend {\n          year\n          value\n          suppressed\n        }\n      }\n      funnels {\n        kind\n        target\n        tenantCount\n        overdispersionAdjusted\n        points {\n          tenantId\n          value\n          count\n          exposure\n          position\n        }\n        curve {\n          exposure\n          lower998\n          lower95\n          upper95\n          upper998\n        }\n      }\n    }\n  }\n": types.BenchmarkTrendFieldsFragmentDoc,
    "\n  query BenchmarkDashboard($year: Int) {\n    benchmarkDashboard(year: $year) {\n      optIn\n      unmapped {\n        kind\n        id\n        name\n        nationalCode\n      }\n      benchmark {\n        ...BenchmarkFields\n      }\n    }\n  }\n": types.BenchmarkDashboardDocument,
    "\n  query BenchmarkDashboardTrends($year: Int) {\n    benchmarkDashboard(year: $year) {\n      benchmark {\n        ...BenchmarkTrendFields\n      }\n    }\n  }\n": types.BenchmarkDashboardTrendsDocument,
    "\n  fragment NationalTaxonomyVersionFields on NationalTaxonomyVersion {\n    version\n    entries {\n      kind\n      code\n      nameDa\n      nameEn\n      sortOrder\n    }\n  }\n": types.NationalTaxonomyVersionFieldsFragmentDoc,
    "\n  query NationalTaxonomy {\n    nationalTaxonomy {\n      ...NationalTaxonomyVersionFields\n    }\n  }\n": types.NationalTaxonomyDocument,
    "\n  query BenchmarkOrgUnits {\n    orgUnits(includeClosed: false) {\n      id\n      name\n      parentId\n      sortOrder\n      nationalArea\n    }\n  }\n": types.BenchmarkOrgUnitsDocument,
    "\n  mutation SetBenchmarkOptIn($optIn: Boolean!) {\n    setBenchmarkOptIn(optIn: $optIn)\n  }\n": types.SetBenchmarkOptInDocument,
    "\n  mutation SetBenchmarkComment($year: Int!, $text: String) {\n    setBenchmarkComment(year: $year, text: $text)\n  }\n": types.SetBenchmarkCommentDocument,
    "\n  mutation SetOrgUnitNationalArea($orgUnitId: ID!, $area: String) {\n    setOrgUnitNationalArea(orgUnitId: $orgUnitId, area: $area)\n  }\n": types.SetOrgUnitNationalAreaDocument,
    "\n  mutation MapCategoryToNational($id: ID!, $nationalCode: String!) {\n    updateCategory(input: { id: $id, nationalCode: $nationalCode }) {\n      id\n      nationalCode\n    }\n  }\n": types.MapCategoryToNationalDocument,
    "\n  mutation MapOutcomeToNational($id: ID!, $nationalCode: String!) {\n    updateOutcome(input: { id: $id, nationalCode: $nationalCode }) {\n      id\n      nationalCode\n    }\n  }\n": types.MapOutcomeToNationalDocument,
    "\n  query DecidedCaseVolumes($year: Int!) {\n    decidedCaseVolumes(year: $year) {\n      orgUnitId\n      year\n      decidedCases\n      updatedAt\n    }\n    orgUnits(includeClosed: false) {\n      id\n      parentId\n      name\n      shortName\n      sortOrder\n    }\n  }\n": types.DecidedCaseVolumesDocument,
    "\n  mutation SetDecidedCaseVolumes($input: SetDecidedCaseVolumesInput!) {\n    setDecidedCaseVolumes(input: $input) {\n      orgUnitId\n      year\n      decidedCases\n      updatedAt\n    }\n  }\n": types.SetDecidedCaseVolumesDocument,
    "\n  query CataloguePage {\n    categories {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n    outcomes {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n  }\n": types.CataloguePageDocument,
    "\n  mutation CreateCategory($input: CreateCatalogEntryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: UpdateCatalogEntryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  mutation ReorderCategories($input: ReorderCatalogInput!) {\n    reorderCategories(input: $input) {\n      id\n      sortOrder\n    }\n  }\n": types.ReorderCategoriesDocument,
    "\n  mutation CreateOutcome($input: CreateCatalogEntryInput!) {\n    createOutcome(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOutcomeDocument,
    "\n  mutation UpdateOutcome($input: UpdateCatalogEntryInput!) {\n    updateOutcome(input: $input) {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n  }\n": types.UpdateOutcomeDocument,
    "\n  mutation ReorderOutcomes($input: ReorderCatalogInput!) {\n    reorderOutcomes(input: $input) {\n      id\n      sortOrder\n    }\n  }\n": types.ReorderOutcomesDocument,
    "\n  fragment FollowUpAttachmentItem on FollowUpAttachment {\n    id\n    fileName\n    contentType\n    byteSize\n    createdAt\n  }\n": types.FollowUpAttachmentItemFragmentDoc,
    "\n  fragment FollowUpAnswer on RecommendationFollowUp {\n    id\n    text\n    proposedStatus\n    updatedAt\n    writtenBy\n    orgUnit {\n      id\n      name\n    }\n    attachments {\n      ...FollowUpAttachmentItem\n    }\n  }\n": types.FollowUpAnswerFragmentDoc,
    "\n  query MyRecommendations($first: Int!, $after: String) {\n    myRecommendations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          text\n          dueOn\n          status\n          sortOrder\n          orgUnits {\n            id\n            name\n          }\n          answerableOrgUnitIds\n          report {\n            id\n            title\n            publishedAt\n            period {\n              from\n              to\n            }\n          }\n          followUps {\n            ...FollowUpAnswer\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.MyRecommendationsDocument,
    "\n  mutation WriteFollowUp($input: WriteFollowUpInput!) {\n    writeFollowUp(input: $input) {\n      ...FollowUpAnswer\n    }\n  }\n": types.WriteFollowUpDocument,
    "\n  query ReportFollowUpAttachments($id: ID!) {\n    report(id: $id) {\n      id\n      recommendations {\n        id\n        title\n        followUps {\n          id\n          orgUnit {\n            id\n          }\n          attachments {\n            ...FollowUpAttachmentItem\n          }\n        }\n      }\n    }\n  }\n": types.ReportFollowUpAttachmentsDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      fileName\n      status\n      totalRows\n      processedRows\n      insertedRows\n      skippedRows\n      createdAt\n      finishedAt\n      errorCount\n      errors {\n        row\n        column\n        reason\n      }\n    }\n  }\n": types.ImportJobDocument,
    "\n  query ImportJobs($first: Int!, $after: String) {\n    importJobs(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          fileName\n          status\n          insertedRows\n          errorCount\n          uploadedBy\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ImportJobsDocument,
    "\n  fragment InquiryListFields on Inquiry {\n    id\n    reference\n    receivedOn\n    channel\n    kind\n    status\n    firstContactOn\n    closedOn\n    citizen {\n      id\n      displayName\n    }\n    orgUnit {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n    outcome {\n      id\n      name\n    }\n    responseTimes {\n      daysToFirstContact\n      daysToClose\n      firstContactOverdue\n      closeOverdue\n    }\n  }\n": types.InquiryListFieldsFragmentDoc,
    "\n  query Inquiries($filter: InquiryFilter, $sort: InquirySort, $first: Int, $after: String) {\n    inquiries(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...InquiryListFields\n        }\n      }\n    }\n  }\n": types.InquiriesDocument,
    "\n  query InquiryCounts($filter: InquiryFilter) {\n    inquiryCounts(filter: $filter) {\n      total\n      overdue\n      byKind {\n        kind\n        count\n      }\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n": types.InquiryCountsDocument,
    "\n  query InquiryChoices {\n    orgUnits(includeClosed: true) {\n      id\n      parentId\n      name\n      shortName\n      closed\n      sortOrder\n    }\n    categories {\n      id\n      name\n      active\n      sortOrder\n    }\n    outcomes {\n      id\n      name\n      active\n      sortOrder\n    }\n  }\n": types.InquiryChoicesDocument,
    "\n  fragment InquiryDetailsFields on Inquiry {\n    ...InquiryListFields\n    summary\n    createdAt\n    updatedAt\n    citizen {\n      id\n      reference\n      displayName\n      email\n      phone\n    }\n    mainInquiry {\n      id\n      reference\n      receivedOn\n    }\n    followUps {\n      id\n      reference\n      receivedOn\n      status\n    }\n    learningEntries {\n      id\n      whatWentWrong\n      why\n      whatWasLearnt\n      canRecur\n      prevention\n      authorName\n      createdAt\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": types.InquiryDetailsFieldsFragmentDoc,
    "\n  query Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryDetailsFields\n    }\n  }\n": types.InquiryDocument,
    "\n  query Citizens($search: String, $first: Int) {\n    citizens(search: $search, first: $first) {\n      id\n      reference\n      displayName\n      inquiryCount\n    }\n  }\n": types.CitizensDocument,
    "\n  query MainCaseCandidates($citizenId: ID!, $search: String) {\n    inquiries(filter: { citizenId: $citizenId, mainCasesOnly: true, search: $search }, sort: RECEIVED_DESC, first: 50) {\n      edges {\n        node {\n          id\n          reference\n          receivedOn\n          kind\n        }\n      }\n    }\n  }\n": types.MainCaseCandidatesDocument,
    "\n  mutation CreateCitizen($input: CreateCitizenInput!) {\n    createCitizen(input: $input) {\n      id\n      reference\n      displayName\n      inquiryCount\n    }\n  }\n": types.CreateCitizenDocument,
    "\n  mutation CreateInquiry($input: CreateInquiryInput!) {\n    createInquiry(input: $input) {\n      ...InquiryDetailsFields\n    }\n  }\n": types.CreateInquiryDocument,
    "\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryDetailsFields\n    }\n  }\n": types.UpdateInquiryDocument,
    "\n  mutation DeleteInquiry($id: ID!) {\n    deleteInquiry(id: $id)\n  }\n": types.DeleteInquiryDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      municipalityName\n      email\n      roles\n      choosesPassword\n      ssoLoginPath\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment LearningEntryFields on LearningEntry {\n    id\n    inquiryId\n    whatWentWrong\n    why\n    whatWasLearnt\n    canRecur\n    prevention\n    authorName\n    createdAt\n  }\n": types.LearningEntryFieldsFragmentDoc,
    "\n  query DepartmentComplaints($first: Int!, $after: String) {\n    departmentComplaints(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          receivedOn\n          firstContactOn\n          closedOn\n          orgUnit {\n            id\n            name\n          }\n          categories {\n            id\n            name\n          }\n          learningEntries {\n            ...LearningEntryFields\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DepartmentComplaintsDocument,
    "\n  mutation WriteLearningEntry($input: LearningEntryInput!) {\n    writeLearningEntry(input: $input) {\n      ...LearningEntryFields\n    }\n  }\n": types.WriteLearningEntryDocument,
    "\n  fragment OrgUnitListFields on OrgUnit {\n    id\n    parentId\n    name\n    shortName\n    kind\n    validFrom\n    validTo\n    closed\n    sortOrder\n  }\n": types.OrgUnitListFieldsFragmentDoc,
    "\n  query OrgUnits {\n    orgUnits(includeClosed: true) {\n      ...OrgUnitListFields\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query OrgUnitDetails($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitListFields\n      note\n      parent {\n        id\n        name\n      }\n      predecessors {\n        id\n        name\n      }\n      successors {\n        id\n        name\n      }\n      history {\n        id\n        action\n        fromName\n        toName\n        fromParent {\n          id\n          name\n        }\n        toParent {\n          id\n          name\n        }\n        relatedUnit {\n          id\n          name\n        }\n        effectiveDate\n        occurredAt\n        actorName\n      }\n    }\n  }\n": types.OrgUnitDetailsDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($input: RenameOrgUnitInput!) {\n    renameOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  mutation CloseOrgUnit($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": types.CloseOrgUnitDocument,
    "\n  mutation SetOrgUnitNote($input: SetOrgUnitNoteInput!) {\n    setOrgUnitNote(input: $input) {\n      ...OrgUnitListFields\n      note\n    }\n  }\n": types.SetOrgUnitNoteDocument,
    "\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n": types.MergeOrgUnitsDocument,
    "\n  mutation OpenQueueDashboard {\n    openQueueDashboard\n  }\n": types.OpenQueueDashboardDocument,
    "\n  fragment RecommendationFollowUp on Recommendation {\n    id\n    status\n    dueOn\n    statusSetAt\n    statusHistory {\n      status\n      setAt\n      setBy\n    }\n  }\n": types.RecommendationFollowUpFragmentDoc,
    "\n  mutation SetRecommendationFollowUp($input: SetRecommendationFollowUpInput!) {\n    setRecommendationFollowUp(input: $input) {\n      ...RecommendationFollowUp\n    }\n  }\n": types.SetRecommendationFollowUpDocument,
    "\n  fragment ReportFollowUpNote on Report {\n    id\n    followUpNote {\n      version\n      status\n      progress\n      error\n    }\n  }\n": types.ReportFollowUpNoteFragmentDoc,
    "\n  query ReportFollowUp($id: ID!) {\n    report(id: $id) {\n      id\n      followUpIntro\n      ...ReportFollowUpNote\n    }\n  }\n": types.ReportFollowUpDocument,
    "\n  mutation UpdateFollowUpIntro($reportId: ID!, $intro: String!) {\n    updateFollowUpIntro(reportId: $reportId, intro: $intro) {\n      id\n      followUpIntro\n    }\n  }\n": types.UpdateFollowUpIntroDocument,
    "\n  mutation GenerateFollowUpNote($reportId: ID!) {\n    generateFollowUpNote(reportId: $reportId) {\n      ...ReportFollowUpNote\n    }\n  }\n": types.GenerateFollowUpNoteDocument,
    "\n  query FollowUpNotePreview($reportId: ID!) {\n    followUpNotePreview(reportId: $reportId) {\n      tenantName\n      reportTitle\n      intro\n      period {\n        from\n        to\n      }\n      rows {\n        orgUnitId\n        orgUnitName\n        entries {\n          recommendationTitle\n          text\n          proposedStatus\n          writtenAt\n        }\n      }\n    }\n  }\n": types.FollowUpNotePreviewDocument,
    "\n  fragment ComplianceShareFields on ComplianceShare {\n    total\n    implemented\n    partlyImplemented\n    share\n  }\n": types.ComplianceShareFieldsFragmentDoc,
    "\n  query ReportCarryOver($id: ID!) {\n    report(id: $id) {\n      id\n      carryOver {\n        previousReport {\n          id\n          title\n          period {\n            from\n            to\n          }\n        }\n        recommendations {\n          id\n          title\n          text\n          status\n          orgUnits {\n            id\n            name\n          }\n          followUps {\n            orgUnitId\n            orgUnitName\n            text\n          }\n        }\n        tenant {\n          ...ComplianceShareFields\n        }\n        departments {\n          orgUnitId\n          orgUnitName\n          total\n          implemented\n          partlyImplemented\n          share\n        }\n      }\n    }\n  }\n": types.ReportCarryOverDocument,
    "\n  fragment ReportComparedShare on ComparedShare {\n    current {\n      numerator\n      denominator\n    }\n    comparison {\n      numerator\n      denominator\n    }\n  }\n": types.ReportComparedShareFragmentDoc,
    "\n  fragment ReportCountWithShare on CountWithShare {\n    count {\n      current\n      comparison\n    }\n    share {\n      ...ReportComparedShare\n    }\n  }\n": types.ReportCountWithShareFragmentDoc,
    "\n  fragment ReportFoldedCounts on FoldedCounts {\n    rows {\n      id\n      name\n      count {\n        current\n        comparison\n      }\n      share {\n        ...ReportComparedShare\n      }\n    }\n    other {\n      count {\n        current\n        comparison\n      }\n      share {\n        ...ReportComparedShare\n      }\n      foldedEntries {\n        current\n        comparison\n      }\n    }\n    total {\n      current\n      comparison\n    }\n    base {\n      current\n      comparison\n    }\n  }\n": types.ReportFoldedCountsFragmentDoc,
    "\n  fragment ReportOrgUnitRow on OrgUnitFigureRow {\n    id\n    name\n    shortName\n    formerNames\n    count {\n      current\n      comparison\n    }\n    share {\n      ...ReportComparedShare\n    }\n  }\n": types.ReportOrgUnitRowFragmentDoc,
    "\n  fragment ReportResponseTimes on ResponseTimeFigures {\n    measured\n    median\n    p90\n    withinTarget {\n      numerator\n      denominator\n    }\n  }\n": types.ReportResponseTimesFragmentDoc,
    "\n  fragment ReportFiguresAll on ReportFigures {\n    period {\n      from\n      to\n    }\n    comparison {\n      from\n      to\n    }\n    targets {\n      firstContactDays\n      closeDays\n    }\n    citizens {\n      current\n      comparison\n    }\n    registrations {\n      current\n      comparison\n    }\n    mainCases {\n      current\n      comparison\n    }\n    followUps {\n      current\n      comparison\n    }\n    kinds {\n      kind\n      count {\n        current\n        comparison\n      }\n      share {\n        ...ReportComparedShare\n      }\n    }\n    complaintCategories {\n      ...ReportFoldedCounts\n    }\n    complaintOutcomes {\n      ...ReportFoldedCounts\n    }\n    orgUnits {\n      units {\n        ...ReportOrgUnitRow\n      }\n      topLevel {\n        ...ReportOrgUnitRow\n      }\n      withoutUnit {\n        ...ReportCountWithShare\n      }\n    }\n    firstContact {\n      current {\n        ...ReportResponseTimes\n      }\n      comparison {\n        ...ReportResponseTimes\n      }\n    }\n    close {\n      current {\n        ...ReportResponseTimes\n      }\n      comparison {\n        ...ReportResponseTimes\n      }\n    }\n  }\n": types.ReportFiguresAllFragmentDoc,
    "\n  query ReportPreview($period: PeriodInput!, $comparison: PeriodInput) {\n    reportPreview(period: $period, comparison: $comparison) {\n      ...ReportFiguresAll\n    }\n  }\n": types.ReportPreviewDocument,
    "\n  fragment ReportSummary on Report {\n    id\n    title\n    status\n    currentVersion\n    publishedAt\n    period {\n      from\n      to\n    }\n    comparison {\n      from\n      to\n    }\n    generation {\n      version\n      status\n      progress\n      error\n    }\n  }\n": types.ReportSummaryFragmentDoc,
    "\n  query ReportsList {\n    reports {\n      ...ReportSummary\n    }\n  }\n": types.ReportsListDocument,
    "\n  query PublishedReport($id: ID!) {\n    report(id: $id) {\n      ...ReportSummary\n      followUpNote {\n        version\n        status\n      }\n      figures {\n        ...ReportFiguresAll\n      }\n    }\n  }\n": types.PublishedReportDocument,
    "\n  query Report($id: ID!) {\n    report(id: $id) {\n      ...ReportSummary\n    }\n  }\n": types.ReportDocument,
    "\n  mutation CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      ...ReportSummary\n    }\n  }\n": types.CreateReportDocument,
    "\n  mutation GenerateReport($id: ID!) {\n    generateReport(id: $id) {\n      ...ReportSummary\n    }\n  }\n": types.GenerateReportDocument,
    "\n  mutation PublishReport($id: ID!) {\n    publishReport(id: $id) {\n      ...ReportSummary\n    }\n  }\n": types.PublishReportDocument,
    "\n  fragment ReportRecommendation on Recommendation {\n    id\n    title\n    text\n    general\n    sortOrder\n    orgUnits {\n      id\n      name\n    }\n  }\n": types.ReportRecommendationFragmentDoc,
    "\n  query ReportContent($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      foreword\n      themes\n      examples\n      recommendations {\n        ...ReportRecommendation\n        ...RecommendationFollowUp\n      }\n    }\n  }\n": types.ReportContentDocument,
    "\n  query ReportOrgUnits {\n    orgUnits(includeClosed: false) {\n      id\n      parentId\n      name\n      shortName\n      sortOrder\n    }\n  }\n": types.ReportOrgUnitsDocument,
    "\n  mutation UpdateReportSections($input: UpdateReportSectionsInput!) {\n    updateReportSections(input: $input) {\n      ...ReportSummary\n      foreword\n      themes\n      examples\n    }\n  }\n": types.UpdateReportSectionsDocument,
    "\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      ...ReportRecommendation\n    }\n  }\n": types.AddRecommendationDocument,
    "\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      ...ReportRecommendation\n    }\n  }\n": types.UpdateRecommendationDocument,
    "\n  mutation RemoveRecommendation($id: ID!) {\n    removeRecommendation(id: $id) {\n      ...ReportSummary\n    }\n  }\n": types.RemoveRecommendationDocument,
    "\n  query ResponseTargets {\n    responseTargets {\n      firstContactDays\n      closeDays\n    }\n  }\n": types.ResponseTargetsDocument,
    "\n  mutation SetResponseTargets($input: ResponseTargetsInput!) {\n    setResponseTargets(input: $input) {\n      firstContactDays\n      closeDays\n    }\n  }\n": types.SetResponseTargetsDocument,
    "\n  query SessionCheck {\n    me {\n      isOperator\n    }\n  }\n": types.SessionCheckDocument,
    "\n  query RetentionSettings {\n    retentionSettings {\n      inquiryYears\n      auditYears\n      waitForArchive\n      bounds {\n        inquiryMinYears\n        inquiryMaxYears\n        auditMinYears\n        auditMaxYears\n      }\n    }\n  }\n": types.RetentionSettingsDocument,
    "\n  mutation SetRetentionSettings($input: RetentionSettingsInput!) {\n    setRetentionSettings(input: $input) {\n      inquiryYears\n      auditYears\n      waitForArchive\n    }\n  }\n": types.SetRetentionSettingsDocument,
    "\n  query RetentionBounds {\n    retentionBounds {\n      inquiryMinYears\n      inquiryMaxYears\n      auditMinYears\n      auditMaxYears\n    }\n  }\n": types.RetentionBoundsDocument,
    "\n  mutation SetRetentionBounds($input: RetentionBoundsInput!) {\n    setRetentionBounds(input: $input) {\n      inquiryMinYears\n      inquiryMaxYears\n      auditMinYears\n      auditMaxYears\n    }\n  }\n": types.SetRetentionBoundsDocument,
    "\n  query InquiryRetention($inquiryId: ID, $reference: String) {\n    inquiryRetention(inquiryId: $inquiryId, reference: $reference) {\n      inquiryId\n      citizenId\n      anonymisedAt\n      hold {\n        id\n        reason\n        setAt\n        setByName\n      }\n    }\n  }\n": types.InquiryRetentionDocument,
    "\n  mutation SetInquiryHold($input: InquiryHoldInput!) {\n    setInquiryHold(input: $input) {\n      inquiryId\n      hold {\n        id\n        reason\n        setAt\n        setByName\n      }\n    }\n  }\n": types.SetInquiryHoldDocument,
    "\n  mutation LiftInquiryHold($input: InquiryHoldInput!) {\n    liftInquiryHold(input: $input) {\n      inquiryId\n      hold {\n        id\n      }\n    }\n  }\n": types.LiftInquiryHoldDocument,
    "\n  mutation EraseCitizen($input: EraseCitizenInput!) {\n    eraseCitizen(input: $input) {\n      citizenId\n      inquiries\n    }\n  }\n": types.EraseCitizenDocument,
    "\n  query SamlProvider {\n    samlProvider {\n      idpEntityId\n      idpSsoUrl\n      idpCertificates\n      encryptedAssertions\n      spEntityId\n      acsUrl\n      loginUrl\n      privilegeAttribute\n      enabled\n      privilegeMap {\n        privilege\n        role\n        orgUnitIds\n      }\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n": types.SamlProviderDocument,
    "\n  mutation SetSamlProvider($input: SamlProviderInput!) {\n    setSamlProvider(input: $input) {\n      spEntityId\n    }\n  }\n": types.SetSamlProviderDocument,
    "\n  fragment OidcSettingsFields on OidcSettings {\n    issuerUrl\n    clientId\n    secretSet\n    secretSetAt\n    emailDomains\n    ssoRequired\n    enabled\n    redirectPath\n    updatedAt\n  }\n": types.OidcSettingsFieldsFragmentDoc,
    "\n  query OidcSettings {\n    oidcSettings {\n      ...OidcSettingsFields\n    }\n  }\n": types.OidcSettingsDocument,
    "\n  mutation SaveOidcSettings($input: OidcSettingsInput!) {\n    saveOidcSettings(input: $input) {\n      ...OidcSettingsFields\n    }\n  }\n": types.SaveOidcSettingsDocument,
    "\n  query TaxonomyVersions {\n    nationalTaxonomyVersions {\n      ...NationalTaxonomyVersionFields\n    }\n  }\n": types.TaxonomyVersionsDocument,
    "\n  mutation CreateTaxonomyVersion($input: CreateNationalTaxonomyVersionInput!) {\n    createNationalTaxonomyVersion(input: $input) {\n      version\n    }\n  }\n": types.CreateTaxonomyVersionDocument,
    "\n  query TenantsPage {\n    tenants {\n      id\n      name\n      kommunekode\n      peerGroup\n      active\n      activeUsers\n      inquiriesThisYear\n      lastActivityAt\n    }\n    municipalities {\n      code\n      name\n      region\n      onPlatform\n    }\n  }\n": types.TenantsPageDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateTenantDocument,
    "\n  mutation SetTenantActive($tenantId: ID!, $active: Boolean!) {\n    setTenantActive(tenantId: $tenantId, active: $active)\n  }\n": types.SetTenantActiveDocument,
    "\n  query TenantExport($tenantId: ID!) {\n    tenantExport(tenantId: $tenantId) {\n      id\n      status\n      finishedAt\n      sizeBytes\n      sha256\n    }\n  }\n": types.TenantExportDocument,
    "\n  mutation ExportTenant($tenantId: ID!) {\n    exportTenant(tenantId: $tenantId) {\n      id\n      status\n      finishedAt\n      sizeBytes\n      sha256\n    }\n  }\n": types.ExportTenantDocument,
    "\n  mutation DeleteTenant($tenantId: ID!, $confirmName: String!) {\n    deleteTenant(tenantId: $tenantId, confirmName: $confirmName) {\n      account\n    }\n  }\n": types.DeleteTenantDocument,
    "\n  fragment TenantUserFields on TenantUser {\n    id\n    displayName\n    email\n    roles\n    active\n    awaitingAccess\n    lastLoginAt\n    hasSecondFactor\n    orgUnits {\n      id\n      name\n    }\n  }\n": types.TenantUserFieldsFragmentDoc,
    "\n  fragment TenantInvitationFields on TenantInvitation {\n    id\n    displayName\n    email\n    roles\n    sentAt\n    expiresAt\n    orgUnits {\n      id\n      name\n    }\n  }\n": types.TenantInvitationFieldsFragmentDoc,
    "\n  query UsersPage {\n    tenantUsers {\n      ...TenantUserFields\n    }\n    tenantInvitations {\n      ...TenantInvitationFields\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n": types.UsersPageDocument,
    "\n  mutation InviteTenantUser($input: InviteTenantUserInput!) {\n    inviteTenantUser(input: $input) {\n      ...TenantInvitationFields\n    }\n  }\n": types.InviteTenantUserDocument,
    "\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      ...TenantUserFields\n    }\n  }\n": types.UpdateMembershipDocument,
    "\n  mutation SetMembershipActive($userId: ID!, $active: Boolean!) {\n    setMembershipActive(userId: $userId, active: $active) {\n      ...TenantUserFields\n    }\n  }\n": types.SetMembershipActiveDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...TenantInvitationFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation ResetSecondFactor($userId: ID!) {\n    resetSecondFactor(userId: $userId)\n  }\n": types.ResetSecondFactorDocument,
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
export function graphql(source: "\n  fragment ArchivePackageFields on ArchivePackage {\n    id\n    scope\n    periodFrom\n    periodTo\n    status\n    requestedAt\n    finishedAt\n    sizeBytes\n    sha256\n    deliveredAt\n    deliveredByName\n  }\n"): (typeof documents)["\n  fragment ArchivePackageFields on ArchivePackage {\n    id\n    scope\n    periodFrom\n    periodTo\n    status\n    requestedAt\n    finishedAt\n    sizeBytes\n    sha256\n    deliveredAt\n    deliveredByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchivePackages {\n    archivePackages {\n      ...ArchivePackageFields\n    }\n  }\n"): (typeof documents)["\n  query ArchivePackages {\n    archivePackages {\n      ...ArchivePackageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestArchivePackage($period: PeriodInput!) {\n    requestArchivePackage(period: $period) {\n      ...ArchivePackageFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestArchivePackage($period: PeriodInput!) {\n    requestArchivePackage(period: $period) {\n      ...ArchivePackageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkArchivePackageDelivered($id: ID!) {\n    markArchivePackageDelivered(id: $id) {\n      ...ArchivePackageFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkArchivePackageDelivered($id: ID!) {\n    markArchivePackageDelivered(id: $id) {\n      ...ArchivePackageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          userName\n          userRoles\n          action\n          subjectType\n          subjectId\n          subjectLabel\n          details\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilter, $first: Int!, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          userName\n          userRoles\n          action\n          subjectType\n          subjectId\n          subjectLabel\n          details\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenAuditExport($citizenId: ID!) {\n    citizenAuditExport(citizenId: $citizenId)\n  }\n"): (typeof documents)["\n  query CitizenAuditExport($citizenId: ID!) {\n    citizenAuditExport(citizenId: $citizenId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditUsers {\n    tenantUsers {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query AuditUsers {\n    tenantUsers {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Me {\n    isOperator\n    roles\n    user {\n      id\n      displayName\n    }\n    activeTenant {\n      id\n      name\n    }\n    tenants {\n      roles\n      tenant {\n        id\n        name\n      }\n    }\n    secondFactor {\n      enabled\n      required\n      setupPending\n    }\n  }\n"): (typeof documents)["\n  fragment MeFields on Me {\n    isOperator\n    roles\n    user {\n      id\n      displayName\n    }\n    activeTenant {\n      id\n      name\n    }\n    tenants {\n      roles\n      tenant {\n        id\n        name\n      }\n    }\n    secondFactor {\n      enabled\n      required\n      setupPending\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresAt\n    me {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresAt\n    me {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      me {\n        ...MeFields\n      }\n      secondFactorChallenge\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      me {\n        ...MeFields\n      }\n      secondFactorChallenge\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSecondFactorLogin($input: SecondFactorLoginInput!) {\n    completeSecondFactorLogin(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSecondFactorLogin($input: SecondFactorLoginInput!) {\n    completeSecondFactorLogin(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginSecondFactorSetup {\n    beginSecondFactorSetup {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation BeginSecondFactorSetup {\n    beginSecondFactorSetup {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSecondFactorSetup($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactorSetup(input: $input) {\n      recoveryCodes\n      session {\n        ...SessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSecondFactorSetup($input: ConfirmSecondFactorInput!) {\n    confirmSecondFactorSetup(input: $input) {\n      recoveryCodes\n      session {\n        ...SessionFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query LoginProviderForEmail($email: String!) {\n    loginProviderForEmail(email: $email) {\n      slug\n      municipalityName\n      loginPath\n    }\n  }\n"): (typeof documents)["\n  query LoginProviderForEmail($email: String!) {\n    loginProviderForEmail(email: $email) {\n      slug\n      municipalityName\n      loginPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoginProviders {\n    loginProviders {\n      slug\n      municipalityName\n      loginPath\n    }\n  }\n"): (typeof documents)["\n  query LoginProviders {\n    loginProviders {\n      slug\n      municipalityName\n      loginPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenchmarkFields on Benchmark {\n    year\n    years\n    updatedAt\n    tenants {\n      id\n      name\n      peerGroup\n      own\n      comment\n    }\n    figures {\n      metric\n      code\n      nameDa\n      nameEn\n      national {\n        lowerQuartile\n        median\n        upperQuartile\n        tenantCount\n      }\n      peerGroups {\n        peerGroup\n        statistic {\n          median\n        }\n      }\n      values {\n        tenantId\n        own\n        value\n        count\n        suppressed\n        rank\n        rolling {\n          fromYear\n          toYear\n          value\n          count\n          suppressed\n        }\n        comparability\n      }\n      nationalTrend {\n        year\n        median\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BenchmarkFields on Benchmark {\n    year\n    years\n    updatedAt\n    tenants {\n      id\n      name\n      peerGroup\n      own\n      comment\n    }\n    figures {\n      metric\n      code\n      nameDa\n      nameEn\n      national {\n        lowerQuartile\n        median\n        upperQuartile\n        tenantCount\n      }\n      peerGroups {\n        peerGroup\n        statistic {\n          median\n        }\n      }\n      values {\n        tenantId\n        own\n        value\n        count\n        suppressed\n        rank\n        rolling {\n          fromYear\n          toYear\n          value\n          count\n          suppressed\n        }\n        comparability\n      }\n      nationalTrend {\n        year\n        median\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenchmarkTrendFields on Benchmark {\n    year\n    figures {\n      metric\n      code\n      values {\n        tenantId\n        trend {\n          year\n          value\n          suppressed\n        }\n      }\n      funnels {\n        kind\n        target\n        tenantCount\n        overdispersionAdjusted\n        points {\n          tenantId\n          value\n          count\n          exposure\n          position\n        }\n        curve {\n          exposure\n          lower998\n          lower95\n          upper95\n          upper998\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BenchmarkTrendFields on Benchmark {\n    year\n    figures {\n      metric\n      code\n      values {\n        tenantId\n        trend {\n          year\n          value\n          suppressed\n        }\n      }\n      funnels {\n        kind\n        target\n        tenantCount\n        overdispersionAdjusted\n        points {\n          tenantId\n          value\n          count\n          exposure\n          position\n        }\n        curve {\n          exposure\n          lower998\n          lower95\n          upper95\n          upper998\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchmarkDashboard($year: Int) {\n    benchmarkDashboard(year: $year) {\n      optIn\n      unmapped {\n        kind\n        id\n        name\n        nationalCode\n      }\n      benchmark {\n        ...BenchmarkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchmarkDashboard($year: Int) {\n    benchmarkDashboard(year: $year) {\n      optIn\n      unmapped {\n        kind\n        id\n        name\n        nationalCode\n      }\n      benchmark {\n        ...BenchmarkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchmarkDashboardTrends($year: Int) {\n    benchmarkDashboard(year: $year) {\n      benchmark {\n        ...BenchmarkTrendFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchmarkDashboardTrends($year: Int) {\n    benchmarkDashboard(year: $year) {\n      benchmark {\n        ...BenchmarkTrendFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NationalTaxonomyVersionFields on NationalTaxonomyVersion {\n    version\n    entries {\n      kind\n      code\n      nameDa\n      nameEn\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  fragment NationalTaxonomyVersionFields on NationalTaxonomyVersion {\n    version\n    entries {\n      kind\n      code\n      nameDa\n      nameEn\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalTaxonomy {\n    nationalTaxonomy {\n      ...NationalTaxonomyVersionFields\n    }\n  }\n"): (typeof documents)["\n  query NationalTaxonomy {\n    nationalTaxonomy {\n      ...NationalTaxonomyVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchmarkOrgUnits {\n    orgUnits(includeClosed: false) {\n      id\n      name\n      parentId\n      sortOrder\n      nationalArea\n    }\n  }\n"): (typeof documents)["\n  query BenchmarkOrgUnits {\n    orgUnits(includeClosed: false) {\n      id\n      name\n      parentId\n      sortOrder\n      nationalArea\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBenchmarkOptIn($optIn: Boolean!) {\n    setBenchmarkOptIn(optIn: $optIn)\n  }\n"): (typeof documents)["\n  mutation SetBenchmarkOptIn($optIn: Boolean!) {\n    setBenchmarkOptIn(optIn: $optIn)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBenchmarkComment($year: Int!, $text: String) {\n    setBenchmarkComment(year: $year, text: $text)\n  }\n"): (typeof documents)["\n  mutation SetBenchmarkComment($year: Int!, $text: String) {\n    setBenchmarkComment(year: $year, text: $text)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrgUnitNationalArea($orgUnitId: ID!, $area: String) {\n    setOrgUnitNationalArea(orgUnitId: $orgUnitId, area: $area)\n  }\n"): (typeof documents)["\n  mutation SetOrgUnitNationalArea($orgUnitId: ID!, $area: String) {\n    setOrgUnitNationalArea(orgUnitId: $orgUnitId, area: $area)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MapCategoryToNational($id: ID!, $nationalCode: String!) {\n    updateCategory(input: { id: $id, nationalCode: $nationalCode }) {\n      id\n      nationalCode\n    }\n  }\n"): (typeof documents)["\n  mutation MapCategoryToNational($id: ID!, $nationalCode: String!) {\n    updateCategory(input: { id: $id, nationalCode: $nationalCode }) {\n      id\n      nationalCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MapOutcomeToNational($id: ID!, $nationalCode: String!) {\n    updateOutcome(input: { id: $id, nationalCode: $nationalCode }) {\n      id\n      nationalCode\n    }\n  }\n"): (typeof documents)["\n  mutation MapOutcomeToNational($id: ID!, $nationalCode: String!) {\n    updateOutcome(input: { id: $id, nationalCode: $nationalCode }) {\n      id\n      nationalCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecidedCaseVolumes($year: Int!) {\n    decidedCaseVolumes(year: $year) {\n      orgUnitId\n      year\n      decidedCases\n      updatedAt\n    }\n    orgUnits(includeClosed: false) {\n      id\n      parentId\n      name\n      shortName\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query DecidedCaseVolumes($year: Int!) {\n    decidedCaseVolumes(year: $year) {\n      orgUnitId\n      year\n      decidedCases\n      updatedAt\n    }\n    orgUnits(includeClosed: false) {\n      id\n      parentId\n      name\n      shortName\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDecidedCaseVolumes($input: SetDecidedCaseVolumesInput!) {\n    setDecidedCaseVolumes(input: $input) {\n      orgUnitId\n      year\n      decidedCases\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetDecidedCaseVolumes($input: SetDecidedCaseVolumesInput!) {\n    setDecidedCaseVolumes(input: $input) {\n      orgUnitId\n      year\n      decidedCases\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CataloguePage {\n    categories {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n    outcomes {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query CataloguePage {\n    categories {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n    outcomes {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCatalogEntryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CreateCatalogEntryInput!) {\n    createCategory(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($input: UpdateCatalogEntryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCategory($input: UpdateCatalogEntryInput!) {\n    updateCategory(input: $input) {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderCategories($input: ReorderCatalogInput!) {\n    reorderCategories(input: $input) {\n      id\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderCategories($input: ReorderCatalogInput!) {\n    reorderCategories(input: $input) {\n      id\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOutcome($input: CreateCatalogEntryInput!) {\n    createOutcome(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOutcome($input: CreateCatalogEntryInput!) {\n    createOutcome(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOutcome($input: UpdateCatalogEntryInput!) {\n    updateOutcome(input: $input) {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOutcome($input: UpdateCatalogEntryInput!) {\n    updateOutcome(input: $input) {\n      id\n      name\n      nationalCode\n      active\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderOutcomes($input: ReorderCatalogInput!) {\n    reorderOutcomes(input: $input) {\n      id\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderOutcomes($input: ReorderCatalogInput!) {\n    reorderOutcomes(input: $input) {\n      id\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpAttachmentItem on FollowUpAttachment {\n    id\n    fileName\n    contentType\n    byteSize\n    createdAt\n  }\n"): (typeof documents)["\n  fragment FollowUpAttachmentItem on FollowUpAttachment {\n    id\n    fileName\n    contentType\n    byteSize\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpAnswer on RecommendationFollowUp {\n    id\n    text\n    proposedStatus\n    updatedAt\n    writtenBy\n    orgUnit {\n      id\n      name\n    }\n    attachments {\n      ...FollowUpAttachmentItem\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpAnswer on RecommendationFollowUp {\n    id\n    text\n    proposedStatus\n    updatedAt\n    writtenBy\n    orgUnit {\n      id\n      name\n    }\n    attachments {\n      ...FollowUpAttachmentItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRecommendations($first: Int!, $after: String) {\n    myRecommendations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          text\n          dueOn\n          status\n          sortOrder\n          orgUnits {\n            id\n            name\n          }\n          answerableOrgUnitIds\n          report {\n            id\n            title\n            publishedAt\n            period {\n              from\n              to\n            }\n          }\n          followUps {\n            ...FollowUpAnswer\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRecommendations($first: Int!, $after: String) {\n    myRecommendations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          text\n          dueOn\n          status\n          sortOrder\n          orgUnits {\n            id\n            name\n          }\n          answerableOrgUnitIds\n          report {\n            id\n            title\n            publishedAt\n            period {\n              from\n              to\n            }\n          }\n          followUps {\n            ...FollowUpAnswer\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteFollowUp($input: WriteFollowUpInput!) {\n    writeFollowUp(input: $input) {\n      ...FollowUpAnswer\n    }\n  }\n"): (typeof documents)["\n  mutation WriteFollowUp($input: WriteFollowUpInput!) {\n    writeFollowUp(input: $input) {\n      ...FollowUpAnswer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFollowUpAttachments($id: ID!) {\n    report(id: $id) {\n      id\n      recommendations {\n        id\n        title\n        followUps {\n          id\n          orgUnit {\n            id\n          }\n          attachments {\n            ...FollowUpAttachmentItem\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportFollowUpAttachments($id: ID!) {\n    report(id: $id) {\n      id\n      recommendations {\n        id\n        title\n        followUps {\n          id\n          orgUnit {\n            id\n          }\n          attachments {\n            ...FollowUpAttachmentItem\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      fileName\n      status\n      totalRows\n      processedRows\n      insertedRows\n      skippedRows\n      createdAt\n      finishedAt\n      errorCount\n      errors {\n        row\n        column\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      fileName\n      status\n      totalRows\n      processedRows\n      insertedRows\n      skippedRows\n      createdAt\n      finishedAt\n      errorCount\n      errors {\n        row\n        column\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJobs($first: Int!, $after: String) {\n    importJobs(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          fileName\n          status\n          insertedRows\n          errorCount\n          uploadedBy\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportJobs($first: Int!, $after: String) {\n    importJobs(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          fileName\n          status\n          insertedRows\n          errorCount\n          uploadedBy\n          createdAt\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InquiryListFields on Inquiry {\n    id\n    reference\n    receivedOn\n    channel\n    kind\n    status\n    firstContactOn\n    closedOn\n    citizen {\n      id\n      displayName\n    }\n    orgUnit {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n    outcome {\n      id\n      name\n    }\n    responseTimes {\n      daysToFirstContact\n      daysToClose\n      firstContactOverdue\n      closeOverdue\n    }\n  }\n"): (typeof documents)["\n  fragment InquiryListFields on Inquiry {\n    id\n    reference\n    receivedOn\n    channel\n    kind\n    status\n    firstContactOn\n    closedOn\n    citizen {\n      id\n      displayName\n    }\n    orgUnit {\n      id\n      name\n    }\n    categories {\n      id\n      name\n    }\n    outcome {\n      id\n      name\n    }\n    responseTimes {\n      daysToFirstContact\n      daysToClose\n      firstContactOverdue\n      closeOverdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inquiries($filter: InquiryFilter, $sort: InquirySort, $first: Int, $after: String) {\n    inquiries(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...InquiryListFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inquiries($filter: InquiryFilter, $sort: InquirySort, $first: Int, $after: String) {\n    inquiries(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...InquiryListFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiryCounts($filter: InquiryFilter) {\n    inquiryCounts(filter: $filter) {\n      total\n      overdue\n      byKind {\n        kind\n        count\n      }\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query InquiryCounts($filter: InquiryFilter) {\n    inquiryCounts(filter: $filter) {\n      total\n      overdue\n      byKind {\n        kind\n        count\n      }\n      byStatus {\n        status\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiryChoices {\n    orgUnits(includeClosed: true) {\n      id\n      parentId\n      name\n      shortName\n      closed\n      sortOrder\n    }\n    categories {\n      id\n      name\n      active\n      sortOrder\n    }\n    outcomes {\n      id\n      name\n      active\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query InquiryChoices {\n    orgUnits(includeClosed: true) {\n      id\n      parentId\n      name\n      shortName\n      closed\n      sortOrder\n    }\n    categories {\n      id\n      name\n      active\n      sortOrder\n    }\n    outcomes {\n      id\n      name\n      active\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InquiryDetailsFields on Inquiry {\n    ...InquiryListFields\n    summary\n    createdAt\n    updatedAt\n    citizen {\n      id\n      reference\n      displayName\n      email\n      phone\n    }\n    mainInquiry {\n      id\n      reference\n      receivedOn\n    }\n    followUps {\n      id\n      reference\n      receivedOn\n      status\n    }\n    learningEntries {\n      id\n      whatWentWrong\n      why\n      whatWasLearnt\n      canRecur\n      prevention\n      authorName\n      createdAt\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InquiryDetailsFields on Inquiry {\n    ...InquiryListFields\n    summary\n    createdAt\n    updatedAt\n    citizen {\n      id\n      reference\n      displayName\n      email\n      phone\n    }\n    mainInquiry {\n      id\n      reference\n      receivedOn\n    }\n    followUps {\n      id\n      reference\n      receivedOn\n      status\n    }\n    learningEntries {\n      id\n      whatWentWrong\n      why\n      whatWasLearnt\n      canRecur\n      prevention\n      authorName\n      createdAt\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryDetailsFields\n    }\n  }\n"): (typeof documents)["\n  query Inquiry($id: ID!) {\n    inquiry(id: $id) {\n      ...InquiryDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Citizens($search: String, $first: Int) {\n    citizens(search: $search, first: $first) {\n      id\n      reference\n      displayName\n      inquiryCount\n    }\n  }\n"): (typeof documents)["\n  query Citizens($search: String, $first: Int) {\n    citizens(search: $search, first: $first) {\n      id\n      reference\n      displayName\n      inquiryCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MainCaseCandidates($citizenId: ID!, $search: String) {\n    inquiries(filter: { citizenId: $citizenId, mainCasesOnly: true, search: $search }, sort: RECEIVED_DESC, first: 50) {\n      edges {\n        node {\n          id\n          reference\n          receivedOn\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MainCaseCandidates($citizenId: ID!, $search: String) {\n    inquiries(filter: { citizenId: $citizenId, mainCasesOnly: true, search: $search }, sort: RECEIVED_DESC, first: 50) {\n      edges {\n        node {\n          id\n          reference\n          receivedOn\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCitizen($input: CreateCitizenInput!) {\n    createCitizen(input: $input) {\n      id\n      reference\n      displayName\n      inquiryCount\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCitizen($input: CreateCitizenInput!) {\n    createCitizen(input: $input) {\n      id\n      reference\n      displayName\n      inquiryCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInquiry($input: CreateInquiryInput!) {\n    createInquiry(input: $input) {\n      ...InquiryDetailsFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInquiry($input: CreateInquiryInput!) {\n    createInquiry(input: $input) {\n      ...InquiryDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryDetailsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInquiry($input: UpdateInquiryInput!) {\n    updateInquiry(input: $input) {\n      ...InquiryDetailsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInquiry($id: ID!) {\n    deleteInquiry(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteInquiry($id: ID!) {\n    deleteInquiry(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      municipalityName\n      email\n      roles\n      choosesPassword\n      ssoLoginPath\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      municipalityName\n      email\n      roles\n      choosesPassword\n      ssoLoginPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningEntryFields on LearningEntry {\n    id\n    inquiryId\n    whatWentWrong\n    why\n    whatWasLearnt\n    canRecur\n    prevention\n    authorName\n    createdAt\n  }\n"): (typeof documents)["\n  fragment LearningEntryFields on LearningEntry {\n    id\n    inquiryId\n    whatWentWrong\n    why\n    whatWasLearnt\n    canRecur\n    prevention\n    authorName\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentComplaints($first: Int!, $after: String) {\n    departmentComplaints(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          receivedOn\n          firstContactOn\n          closedOn\n          orgUnit {\n            id\n            name\n          }\n          categories {\n            id\n            name\n          }\n          learningEntries {\n            ...LearningEntryFields\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentComplaints($first: Int!, $after: String) {\n    departmentComplaints(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          receivedOn\n          firstContactOn\n          closedOn\n          orgUnit {\n            id\n            name\n          }\n          categories {\n            id\n            name\n          }\n          learningEntries {\n            ...LearningEntryFields\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteLearningEntry($input: LearningEntryInput!) {\n    writeLearningEntry(input: $input) {\n      ...LearningEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation WriteLearningEntry($input: LearningEntryInput!) {\n    writeLearningEntry(input: $input) {\n      ...LearningEntryFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query OrgUnitDetails($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitListFields\n      note\n      parent {\n        id\n        name\n      }\n      predecessors {\n        id\n        name\n      }\n      successors {\n        id\n        name\n      }\n      history {\n        id\n        action\n        fromName\n        toName\n        fromParent {\n          id\n          name\n        }\n        toParent {\n          id\n          name\n        }\n        relatedUnit {\n          id\n          name\n        }\n        effectiveDate\n        occurredAt\n        actorName\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitDetails($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitListFields\n      note\n      parent {\n        id\n        name\n      }\n      predecessors {\n        id\n        name\n      }\n      successors {\n        id\n        name\n      }\n      history {\n        id\n        action\n        fromName\n        toName\n        fromParent {\n          id\n          name\n        }\n        toParent {\n          id\n          name\n        }\n        relatedUnit {\n          id\n          name\n        }\n        effectiveDate\n        occurredAt\n        actorName\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SetOrgUnitNote($input: SetOrgUnitNoteInput!) {\n    setOrgUnitNote(input: $input) {\n      ...OrgUnitListFields\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrgUnitNote($input: SetOrgUnitNoteInput!) {\n    setOrgUnitNote(input: $input) {\n      ...OrgUnitListFields\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeOrgUnits($input: MergeOrgUnitsInput!) {\n    mergeOrgUnits(input: $input) {\n      ...OrgUnitListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenQueueDashboard {\n    openQueueDashboard\n  }\n"): (typeof documents)["\n  mutation OpenQueueDashboard {\n    openQueueDashboard\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationFollowUp on Recommendation {\n    id\n    status\n    dueOn\n    statusSetAt\n    statusHistory {\n      status\n      setAt\n      setBy\n    }\n  }\n"): (typeof documents)["\n  fragment RecommendationFollowUp on Recommendation {\n    id\n    status\n    dueOn\n    statusSetAt\n    statusHistory {\n      status\n      setAt\n      setBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRecommendationFollowUp($input: SetRecommendationFollowUpInput!) {\n    setRecommendationFollowUp(input: $input) {\n      ...RecommendationFollowUp\n    }\n  }\n"): (typeof documents)["\n  mutation SetRecommendationFollowUp($input: SetRecommendationFollowUpInput!) {\n    setRecommendationFollowUp(input: $input) {\n      ...RecommendationFollowUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFollowUpNote on Report {\n    id\n    followUpNote {\n      version\n      status\n      progress\n      error\n    }\n  }\n"): (typeof documents)["\n  fragment ReportFollowUpNote on Report {\n    id\n    followUpNote {\n      version\n      status\n      progress\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFollowUp($id: ID!) {\n    report(id: $id) {\n      id\n      followUpIntro\n      ...ReportFollowUpNote\n    }\n  }\n"): (typeof documents)["\n  query ReportFollowUp($id: ID!) {\n    report(id: $id) {\n      id\n      followUpIntro\n      ...ReportFollowUpNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUpIntro($reportId: ID!, $intro: String!) {\n    updateFollowUpIntro(reportId: $reportId, intro: $intro) {\n      id\n      followUpIntro\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFollowUpIntro($reportId: ID!, $intro: String!) {\n    updateFollowUpIntro(reportId: $reportId, intro: $intro) {\n      id\n      followUpIntro\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateFollowUpNote($reportId: ID!) {\n    generateFollowUpNote(reportId: $reportId) {\n      ...ReportFollowUpNote\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateFollowUpNote($reportId: ID!) {\n    generateFollowUpNote(reportId: $reportId) {\n      ...ReportFollowUpNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpNotePreview($reportId: ID!) {\n    followUpNotePreview(reportId: $reportId) {\n      tenantName\n      reportTitle\n      intro\n      period {\n        from\n        to\n      }\n      rows {\n        orgUnitId\n        orgUnitName\n        entries {\n          recommendationTitle\n          text\n          proposedStatus\n          writtenAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpNotePreview($reportId: ID!) {\n    followUpNotePreview(reportId: $reportId) {\n      tenantName\n      reportTitle\n      intro\n      period {\n        from\n        to\n      }\n      rows {\n        orgUnitId\n        orgUnitName\n        entries {\n          recommendationTitle\n          text\n          proposedStatus\n          writtenAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplianceShareFields on ComplianceShare {\n    total\n    implemented\n    partlyImplemented\n    share\n  }\n"): (typeof documents)["\n  fragment ComplianceShareFields on ComplianceShare {\n    total\n    implemented\n    partlyImplemented\n    share\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportCarryOver($id: ID!) {\n    report(id: $id) {\n      id\n      carryOver {\n        previousReport {\n          id\n          title\n          period {\n            from\n            to\n          }\n        }\n        recommendations {\n          id\n          title\n          text\n          status\n          orgUnits {\n            id\n            name\n          }\n          followUps {\n            orgUnitId\n            orgUnitName\n            text\n          }\n        }\n        tenant {\n          ...ComplianceShareFields\n        }\n        departments {\n          orgUnitId\n          orgUnitName\n          total\n          implemented\n          partlyImplemented\n          share\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportCarryOver($id: ID!) {\n    report(id: $id) {\n      id\n      carryOver {\n        previousReport {\n          id\n          title\n          period {\n            from\n            to\n          }\n        }\n        recommendations {\n          id\n          title\n          text\n          status\n          orgUnits {\n            id\n            name\n          }\n          followUps {\n            orgUnitId\n            orgUnitName\n            text\n          }\n        }\n        tenant {\n          ...ComplianceShareFields\n        }\n        departments {\n          orgUnitId\n          orgUnitName\n          total\n          implemented\n          partlyImplemented\n          share\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportComparedShare on ComparedShare {\n    current {\n      numerator\n      denominator\n    }\n    comparison {\n      numerator\n      denominator\n    }\n  }\n"): (typeof documents)["\n  fragment ReportComparedShare on ComparedShare {\n    current {\n      numerator\n      denominator\n    }\n    comparison {\n      numerator\n      denominator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportCountWithShare on CountWithShare {\n    count {\n      current\n      comparison\n    }\n    share {\n      ...ReportComparedShare\n    }\n  }\n"): (typeof documents)["\n  fragment ReportCountWithShare on CountWithShare {\n    count {\n      current\n      comparison\n    }\n    share {\n      ...ReportComparedShare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFoldedCounts on FoldedCounts {\n    rows {\n      id\n      name\n      count {\n        current\n        comparison\n      }\n      share {\n        ...ReportComparedShare\n      }\n    }\n    other {\n      count {\n        current\n        comparison\n      }\n      share {\n        ...ReportComparedShare\n      }\n      foldedEntries {\n        current\n        comparison\n      }\n    }\n    total {\n      current\n      comparison\n    }\n    base {\n      current\n      comparison\n    }\n  }\n"): (typeof documents)["\n  fragment ReportFoldedCounts on FoldedCounts {\n    rows {\n      id\n      name\n      count {\n        current\n        comparison\n      }\n      share {\n        ...ReportComparedShare\n      }\n    }\n    other {\n      count {\n        current\n        comparison\n      }\n      share {\n        ...ReportComparedShare\n      }\n      foldedEntries {\n        current\n        comparison\n      }\n    }\n    total {\n      current\n      comparison\n    }\n    base {\n      current\n      comparison\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportOrgUnitRow on OrgUnitFigureRow {\n    id\n    name\n    shortName\n    formerNames\n    count {\n      current\n      comparison\n    }\n    share {\n      ...ReportComparedShare\n    }\n  }\n"): (typeof documents)["\n  fragment ReportOrgUnitRow on OrgUnitFigureRow {\n    id\n    name\n    shortName\n    formerNames\n    count {\n      current\n      comparison\n    }\n    share {\n      ...ReportComparedShare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportResponseTimes on ResponseTimeFigures {\n    measured\n    median\n    p90\n    withinTarget {\n      numerator\n      denominator\n    }\n  }\n"): (typeof documents)["\n  fragment ReportResponseTimes on ResponseTimeFigures {\n    measured\n    median\n    p90\n    withinTarget {\n      numerator\n      denominator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFiguresAll on ReportFigures {\n    period {\n      from\n      to\n    }\n    comparison {\n      from\n      to\n    }\n    targets {\n      firstContactDays\n      closeDays\n    }\n    citizens {\n      current\n      comparison\n    }\n    registrations {\n      current\n      comparison\n    }\n    mainCases {\n      current\n      comparison\n    }\n    followUps {\n      current\n      comparison\n    }\n    kinds {\n      kind\n      count {\n        current\n        comparison\n      }\n      share {\n        ...ReportComparedShare\n      }\n    }\n    complaintCategories {\n      ...ReportFoldedCounts\n    }\n    complaintOutcomes {\n      ...ReportFoldedCounts\n    }\n    orgUnits {\n      units {\n        ...ReportOrgUnitRow\n      }\n      topLevel {\n        ...ReportOrgUnitRow\n      }\n      withoutUnit {\n        ...ReportCountWithShare\n      }\n    }\n    firstContact {\n      current {\n        ...ReportResponseTimes\n      }\n      comparison {\n        ...ReportResponseTimes\n      }\n    }\n    close {\n      current {\n        ...ReportResponseTimes\n      }\n      comparison {\n        ...ReportResponseTimes\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReportFiguresAll on ReportFigures {\n    period {\n      from\n      to\n    }\n    comparison {\n      from\n      to\n    }\n    targets {\n      firstContactDays\n      closeDays\n    }\n    citizens {\n      current\n      comparison\n    }\n    registrations {\n      current\n      comparison\n    }\n    mainCases {\n      current\n      comparison\n    }\n    followUps {\n      current\n      comparison\n    }\n    kinds {\n      kind\n      count {\n        current\n        comparison\n      }\n      share {\n        ...ReportComparedShare\n      }\n    }\n    complaintCategories {\n      ...ReportFoldedCounts\n    }\n    complaintOutcomes {\n      ...ReportFoldedCounts\n    }\n    orgUnits {\n      units {\n        ...ReportOrgUnitRow\n      }\n      topLevel {\n        ...ReportOrgUnitRow\n      }\n      withoutUnit {\n        ...ReportCountWithShare\n      }\n    }\n    firstContact {\n      current {\n        ...ReportResponseTimes\n      }\n      comparison {\n        ...ReportResponseTimes\n      }\n    }\n    close {\n      current {\n        ...ReportResponseTimes\n      }\n      comparison {\n        ...ReportResponseTimes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPreview($period: PeriodInput!, $comparison: PeriodInput) {\n    reportPreview(period: $period, comparison: $comparison) {\n      ...ReportFiguresAll\n    }\n  }\n"): (typeof documents)["\n  query ReportPreview($period: PeriodInput!, $comparison: PeriodInput) {\n    reportPreview(period: $period, comparison: $comparison) {\n      ...ReportFiguresAll\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportSummary on Report {\n    id\n    title\n    status\n    currentVersion\n    publishedAt\n    period {\n      from\n      to\n    }\n    comparison {\n      from\n      to\n    }\n    generation {\n      version\n      status\n      progress\n      error\n    }\n  }\n"): (typeof documents)["\n  fragment ReportSummary on Report {\n    id\n    title\n    status\n    currentVersion\n    publishedAt\n    period {\n      from\n      to\n    }\n    comparison {\n      from\n      to\n    }\n    generation {\n      version\n      status\n      progress\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsList {\n    reports {\n      ...ReportSummary\n    }\n  }\n"): (typeof documents)["\n  query ReportsList {\n    reports {\n      ...ReportSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedReport($id: ID!) {\n    report(id: $id) {\n      ...ReportSummary\n      followUpNote {\n        version\n        status\n      }\n      figures {\n        ...ReportFiguresAll\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedReport($id: ID!) {\n    report(id: $id) {\n      ...ReportSummary\n      followUpNote {\n        version\n        status\n      }\n      figures {\n        ...ReportFiguresAll\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Report($id: ID!) {\n    report(id: $id) {\n      ...ReportSummary\n    }\n  }\n"): (typeof documents)["\n  query Report($id: ID!) {\n    report(id: $id) {\n      ...ReportSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      ...ReportSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReport($input: CreateReportInput!) {\n    createReport(input: $input) {\n      ...ReportSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateReport($id: ID!) {\n    generateReport(id: $id) {\n      ...ReportSummary\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateReport($id: ID!) {\n    generateReport(id: $id) {\n      ...ReportSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishReport($id: ID!) {\n    publishReport(id: $id) {\n      ...ReportSummary\n    }\n  }\n"): (typeof documents)["\n  mutation PublishReport($id: ID!) {\n    publishReport(id: $id) {\n      ...ReportSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRecommendation on Recommendation {\n    id\n    title\n    text\n    general\n    sortOrder\n    orgUnits {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReportRecommendation on Recommendation {\n    id\n    title\n    text\n    general\n    sortOrder\n    orgUnits {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportContent($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      foreword\n      themes\n      examples\n      recommendations {\n        ...ReportRecommendation\n        ...RecommendationFollowUp\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportContent($id: ID!) {\n    report(id: $id) {\n      id\n      status\n      foreword\n      themes\n      examples\n      recommendations {\n        ...ReportRecommendation\n        ...RecommendationFollowUp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportOrgUnits {\n    orgUnits(includeClosed: false) {\n      id\n      parentId\n      name\n      shortName\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query ReportOrgUnits {\n    orgUnits(includeClosed: false) {\n      id\n      parentId\n      name\n      shortName\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReportSections($input: UpdateReportSectionsInput!) {\n    updateReportSections(input: $input) {\n      ...ReportSummary\n      foreword\n      themes\n      examples\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReportSections($input: UpdateReportSectionsInput!) {\n    updateReportSections(input: $input) {\n      ...ReportSummary\n      foreword\n      themes\n      examples\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      ...ReportRecommendation\n    }\n  }\n"): (typeof documents)["\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      ...ReportRecommendation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      ...ReportRecommendation\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      ...ReportRecommendation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRecommendation($id: ID!) {\n    removeRecommendation(id: $id) {\n      ...ReportSummary\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRecommendation($id: ID!) {\n    removeRecommendation(id: $id) {\n      ...ReportSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseTargets {\n    responseTargets {\n      firstContactDays\n      closeDays\n    }\n  }\n"): (typeof documents)["\n  query ResponseTargets {\n    responseTargets {\n      firstContactDays\n      closeDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetResponseTargets($input: ResponseTargetsInput!) {\n    setResponseTargets(input: $input) {\n      firstContactDays\n      closeDays\n    }\n  }\n"): (typeof documents)["\n  mutation SetResponseTargets($input: ResponseTargetsInput!) {\n    setResponseTargets(input: $input) {\n      firstContactDays\n      closeDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionCheck {\n    me {\n      isOperator\n    }\n  }\n"): (typeof documents)["\n  query SessionCheck {\n    me {\n      isOperator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionSettings {\n    retentionSettings {\n      inquiryYears\n      auditYears\n      waitForArchive\n      bounds {\n        inquiryMinYears\n        inquiryMaxYears\n        auditMinYears\n        auditMaxYears\n      }\n    }\n  }\n"): (typeof documents)["\n  query RetentionSettings {\n    retentionSettings {\n      inquiryYears\n      auditYears\n      waitForArchive\n      bounds {\n        inquiryMinYears\n        inquiryMaxYears\n        auditMinYears\n        auditMaxYears\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRetentionSettings($input: RetentionSettingsInput!) {\n    setRetentionSettings(input: $input) {\n      inquiryYears\n      auditYears\n      waitForArchive\n    }\n  }\n"): (typeof documents)["\n  mutation SetRetentionSettings($input: RetentionSettingsInput!) {\n    setRetentionSettings(input: $input) {\n      inquiryYears\n      auditYears\n      waitForArchive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionBounds {\n    retentionBounds {\n      inquiryMinYears\n      inquiryMaxYears\n      auditMinYears\n      auditMaxYears\n    }\n  }\n"): (typeof documents)["\n  query RetentionBounds {\n    retentionBounds {\n      inquiryMinYears\n      inquiryMaxYears\n      auditMinYears\n      auditMaxYears\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRetentionBounds($input: RetentionBoundsInput!) {\n    setRetentionBounds(input: $input) {\n      inquiryMinYears\n      inquiryMaxYears\n      auditMinYears\n      auditMaxYears\n    }\n  }\n"): (typeof documents)["\n  mutation SetRetentionBounds($input: RetentionBoundsInput!) {\n    setRetentionBounds(input: $input) {\n      inquiryMinYears\n      inquiryMaxYears\n      auditMinYears\n      auditMaxYears\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InquiryRetention($inquiryId: ID, $reference: String) {\n    inquiryRetention(inquiryId: $inquiryId, reference: $reference) {\n      inquiryId\n      citizenId\n      anonymisedAt\n      hold {\n        id\n        reason\n        setAt\n        setByName\n      }\n    }\n  }\n"): (typeof documents)["\n  query InquiryRetention($inquiryId: ID, $reference: String) {\n    inquiryRetention(inquiryId: $inquiryId, reference: $reference) {\n      inquiryId\n      citizenId\n      anonymisedAt\n      hold {\n        id\n        reason\n        setAt\n        setByName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInquiryHold($input: InquiryHoldInput!) {\n    setInquiryHold(input: $input) {\n      inquiryId\n      hold {\n        id\n        reason\n        setAt\n        setByName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetInquiryHold($input: InquiryHoldInput!) {\n    setInquiryHold(input: $input) {\n      inquiryId\n      hold {\n        id\n        reason\n        setAt\n        setByName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftInquiryHold($input: InquiryHoldInput!) {\n    liftInquiryHold(input: $input) {\n      inquiryId\n      hold {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LiftInquiryHold($input: InquiryHoldInput!) {\n    liftInquiryHold(input: $input) {\n      inquiryId\n      hold {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseCitizen($input: EraseCitizenInput!) {\n    eraseCitizen(input: $input) {\n      citizenId\n      inquiries\n    }\n  }\n"): (typeof documents)["\n  mutation EraseCitizen($input: EraseCitizenInput!) {\n    eraseCitizen(input: $input) {\n      citizenId\n      inquiries\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SamlProvider {\n    samlProvider {\n      idpEntityId\n      idpSsoUrl\n      idpCertificates\n      encryptedAssertions\n      spEntityId\n      acsUrl\n      loginUrl\n      privilegeAttribute\n      enabled\n      privilegeMap {\n        privilege\n        role\n        orgUnitIds\n      }\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SamlProvider {\n    samlProvider {\n      idpEntityId\n      idpSsoUrl\n      idpCertificates\n      encryptedAssertions\n      spEntityId\n      acsUrl\n      loginUrl\n      privilegeAttribute\n      enabled\n      privilegeMap {\n        privilege\n        role\n        orgUnitIds\n      }\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSamlProvider($input: SamlProviderInput!) {\n    setSamlProvider(input: $input) {\n      spEntityId\n    }\n  }\n"): (typeof documents)["\n  mutation SetSamlProvider($input: SamlProviderInput!) {\n    setSamlProvider(input: $input) {\n      spEntityId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OidcSettingsFields on OidcSettings {\n    issuerUrl\n    clientId\n    secretSet\n    secretSetAt\n    emailDomains\n    ssoRequired\n    enabled\n    redirectPath\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment OidcSettingsFields on OidcSettings {\n    issuerUrl\n    clientId\n    secretSet\n    secretSetAt\n    emailDomains\n    ssoRequired\n    enabled\n    redirectPath\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OidcSettings {\n    oidcSettings {\n      ...OidcSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query OidcSettings {\n    oidcSettings {\n      ...OidcSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveOidcSettings($input: OidcSettingsInput!) {\n    saveOidcSettings(input: $input) {\n      ...OidcSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveOidcSettings($input: OidcSettingsInput!) {\n    saveOidcSettings(input: $input) {\n      ...OidcSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxonomyVersions {\n    nationalTaxonomyVersions {\n      ...NationalTaxonomyVersionFields\n    }\n  }\n"): (typeof documents)["\n  query TaxonomyVersions {\n    nationalTaxonomyVersions {\n      ...NationalTaxonomyVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTaxonomyVersion($input: CreateNationalTaxonomyVersionInput!) {\n    createNationalTaxonomyVersion(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTaxonomyVersion($input: CreateNationalTaxonomyVersionInput!) {\n    createNationalTaxonomyVersion(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantsPage {\n    tenants {\n      id\n      name\n      kommunekode\n      peerGroup\n      active\n      activeUsers\n      inquiriesThisYear\n      lastActivityAt\n    }\n    municipalities {\n      code\n      name\n      region\n      onPlatform\n    }\n  }\n"): (typeof documents)["\n  query TenantsPage {\n    tenants {\n      id\n      name\n      kommunekode\n      peerGroup\n      active\n      activeUsers\n      inquiriesThisYear\n      lastActivityAt\n    }\n    municipalities {\n      code\n      name\n      region\n      onPlatform\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTenantActive($tenantId: ID!, $active: Boolean!) {\n    setTenantActive(tenantId: $tenantId, active: $active)\n  }\n"): (typeof documents)["\n  mutation SetTenantActive($tenantId: ID!, $active: Boolean!) {\n    setTenantActive(tenantId: $tenantId, active: $active)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantExport($tenantId: ID!) {\n    tenantExport(tenantId: $tenantId) {\n      id\n      status\n      finishedAt\n      sizeBytes\n      sha256\n    }\n  }\n"): (typeof documents)["\n  query TenantExport($tenantId: ID!) {\n    tenantExport(tenantId: $tenantId) {\n      id\n      status\n      finishedAt\n      sizeBytes\n      sha256\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportTenant($tenantId: ID!) {\n    exportTenant(tenantId: $tenantId) {\n      id\n      status\n      finishedAt\n      sizeBytes\n      sha256\n    }\n  }\n"): (typeof documents)["\n  mutation ExportTenant($tenantId: ID!) {\n    exportTenant(tenantId: $tenantId) {\n      id\n      status\n      finishedAt\n      sizeBytes\n      sha256\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTenant($tenantId: ID!, $confirmName: String!) {\n    deleteTenant(tenantId: $tenantId, confirmName: $confirmName) {\n      account\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTenant($tenantId: ID!, $confirmName: String!) {\n    deleteTenant(tenantId: $tenantId, confirmName: $confirmName) {\n      account\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantUserFields on TenantUser {\n    id\n    displayName\n    email\n    roles\n    active\n    awaitingAccess\n    lastLoginAt\n    hasSecondFactor\n    orgUnits {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TenantUserFields on TenantUser {\n    id\n    displayName\n    email\n    roles\n    active\n    awaitingAccess\n    lastLoginAt\n    hasSecondFactor\n    orgUnits {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenantInvitationFields on TenantInvitation {\n    id\n    displayName\n    email\n    roles\n    sentAt\n    expiresAt\n    orgUnits {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TenantInvitationFields on TenantInvitation {\n    id\n    displayName\n    email\n    roles\n    sentAt\n    expiresAt\n    orgUnits {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage {\n    tenantUsers {\n      ...TenantUserFields\n    }\n    tenantInvitations {\n      ...TenantInvitationFields\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query UsersPage {\n    tenantUsers {\n      ...TenantUserFields\n    }\n    tenantInvitations {\n      ...TenantInvitationFields\n    }\n    orgUnits {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteTenantUser($input: InviteTenantUserInput!) {\n    inviteTenantUser(input: $input) {\n      ...TenantInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteTenantUser($input: InviteTenantUserInput!) {\n    inviteTenantUser(input: $input) {\n      ...TenantInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      ...TenantUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMembership($input: UpdateMembershipInput!) {\n    updateMembership(input: $input) {\n      ...TenantUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMembershipActive($userId: ID!, $active: Boolean!) {\n    setMembershipActive(userId: $userId, active: $active) {\n      ...TenantUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMembershipActive($userId: ID!, $active: Boolean!) {\n    setMembershipActive(userId: $userId, active: $active) {\n      ...TenantUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...TenantInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      ...TenantInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSecondFactor($userId: ID!) {\n    resetSecondFactor(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ResetSecondFactor($userId: ID!) {\n    resetSecondFactor(userId: $userId)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;