import { orgUnitScopeSql } from '../inquiries/inquiry-filter';

/*
 * The follow-up's SQL fragments, shared by its service, loaders and attachments: the first part of the feature's
 * repository (its queries move here from the service, libs/db/README.md).
 */

/** The units a department contact answers for: theirs, everything below them and their predecessors. $1 is the user. */
export const CONTACT_SCOPE = orgUnitScopeSql('SELECT org_unit_id FROM membership_org_unit WHERE user_id = $1');

/** A recommendation of a published report addressed to at least one unit in the contact's scope. $1 user, r the recommendation. */
export const RECOMMENDATION_IN_SCOPE = `EXISTS (SELECT 1 FROM report p WHERE p.tenant_id = r.tenant_id AND p.id = r.report_id AND p.status = 'published')
  AND EXISTS (SELECT 1 FROM recommendation_org_unit l WHERE l.tenant_id = r.tenant_id AND l.recommendation_id = r.id AND l.org_unit_id IN (${CONTACT_SCOPE}))`;

export const FOLLOW_UP_COLUMNS = `f.id, f.recommendation_id AS "recommendationId", f.org_unit_id AS "orgUnitId", f.text, f.proposed_status AS "proposedStatus",
  f.written_by AS "writtenById", f.created_at AS "createdAt", f.updated_at AS "updatedAt"`;

export const ATTACHMENT_COLUMNS = `a.id, a.follow_up_id AS "followUpId", a.file_name AS "fileName", a.content_type AS "contentType",
  a.byte_size AS "byteSize", a.created_at AS "createdAt"`;
