import type { TenantRole } from '../access/roles';
import type { Language } from '../errors/language';
import { ORG_UNIT_EVENT_ACTIONS } from '../org-units/org-unit';

/**
 * Every action the API and the worker write to the audit log, defined once: `AuditEntry.action` is typed with it, so
 * an action that is not here does not compile, and `AUDIT_SENTENCES` must give each one its sentence.
 */
export const AUDIT_ACTIONS = [
  'citizen.search', 'citizen.read', 'citizen.created', 'citizen.updated', 'citizen.audit_exported',
  'inquiry.search', 'inquiry.read', 'inquiry.created', 'inquiry.updated', 'inquiry.deleted', 'inquiry.exported', 'inquiry.imported',
  'inquiry.department_list',
  'learning_entry.created',
  'category.created', 'category.updated', 'category.reordered', 'outcome.created', 'outcome.updated', 'outcome.reordered',
  ...ORG_UNIT_EVENT_ACTIONS.map((action) => `org_unit.${action}` as const),
  'org_unit.note_set', 'org_unit.national_area_set', 'decided_case_volume.set',
  'report.previewed', 'report.created', 'report.sections_updated', 'report.generation_requested', 'report.generated', 'report.published',
  'report.downloaded', 'report.follow_up_intro_updated',
  'recommendation.added', 'recommendation.updated', 'recommendation.removed', 'recommendation.follow_up_set', 'recommendation.department_list',
  'recommendation_follow_up.created', 'recommendation_follow_up.updated', 'recommendation_follow_up.attachment_added',
  'recommendation_follow_up.attachment_downloaded', 'recommendation_follow_up.attachment_removed',
  'follow_up_note.previewed', 'follow_up_note.generation_requested', 'follow_up_note.generated', 'follow_up_note.downloaded',
  'membership.updated', 'membership.removed', 'membership.deactivated', 'membership.reactivated',
  'second_factor.set_up', 'second_factor.recovery_code_used', 'second_factor.reset',
  'invitation.created', 'invitation.resent', 'invitation.revoked', 'invitation.accepted',
  'tenant.created', 'tenant.deactivated', 'tenant.reactivated', 'tenant.logo_set', 'tenant.logo_removed',
  'tenant.response_targets_set', 'tenant.restored', 'benchmark.opt_in_set', 'benchmark.comment_set',
  'audit.exported',
  'inquiry.anonymised', 'inquiry.hold_set', 'inquiry.hold_lifted', 'citizen.erased', 'tenant.retention_set', 'audit.purged',
  'sso.login', 'sso.roles_applied', 'sso.saml_provider_set',
  'archive.requested', 'archive.built', 'archive.downloaded', 'archive.delivered', 'citizen.insight_exported',
  'identity_provider.oidc_set', 'identity_provider.secret_resealed', 'sso.identity_linked', 'sso.account_created',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

type Phrase = Record<Language, string>;

/**
 * What the user did, after "Rådgiver Anne Holm": `{subject}` is the subject's human reference (an inquiry's case
 * number, a report's title, a unit's name). Typed by action, so an action without its sentence does not compile.
 */
export const AUDIT_SENTENCES: Record<AuditAction, Phrase> = {
  'citizen.search': { da: 'søgte efter borgere', en: 'searched for citizens' },
  'citizen.read': { da: 'åbnede borger {subject}', en: 'opened citizen {subject}' },
  'citizen.created': { da: 'oprettede borger {subject}', en: 'created citizen {subject}' },
  'citizen.updated': { da: 'ændrede borger {subject}', en: 'changed citizen {subject}' },
  'citizen.audit_exported': { da: 'hentede loggen om borger {subject}', en: 'downloaded the log of citizen {subject}' },
  'inquiry.search': { da: 'søgte i henvendelserne', en: 'searched the inquiries' },
  'inquiry.read': { da: 'åbnede henvendelse {subject}', en: 'opened inquiry {subject}' },
  'inquiry.created': { da: 'oprettede henvendelse {subject}', en: 'created inquiry {subject}' },
  'inquiry.updated': { da: 'ændrede henvendelse {subject}', en: 'changed inquiry {subject}' },
  'inquiry.deleted': { da: 'slettede henvendelse {subject}', en: 'deleted inquiry {subject}' },
  'inquiry.exported': { da: 'eksporterede henvendelserne', en: 'exported the inquiries' },
  'inquiry.imported': { da: 'importerede henvendelser fra filen {subject}', en: 'imported inquiries from the file {subject}' },
  'inquiry.department_list': { da: 'læste forvaltningens klager', en: "read the department's complaints" },
  'learning_entry.created': { da: 'skrev på læringsvæggen om henvendelse {subject}', en: 'wrote on the learning wall about inquiry {subject}' },
  'category.created': { da: 'oprettede klagetypen {subject}', en: 'created the complaint category {subject}' },
  'category.updated': { da: 'ændrede klagetypen {subject}', en: 'changed the complaint category {subject}' },
  'category.reordered': { da: 'ændrede rækkefølgen af klagetyperne', en: 'reordered the complaint categories' },
  'outcome.reordered': { da: 'ændrede rækkefølgen af udfaldene', en: 'reordered the outcomes' },
  'outcome.created': { da: 'oprettede udfaldet {subject}', en: 'created the outcome {subject}' },
  'outcome.updated': { da: 'ændrede udfaldet {subject}', en: 'changed the outcome {subject}' },
  'org_unit.created': { da: 'oprettede enheden {subject}', en: 'created the unit {subject}' },
  'org_unit.renamed': { da: 'omdøbte enheden {subject}', en: 'renamed the unit {subject}' },
  'org_unit.moved': { da: 'flyttede enheden {subject}', en: 'moved the unit {subject}' },
  'org_unit.closed': { da: 'lukkede enheden {subject}', en: 'closed the unit {subject}' },
  'org_unit.merged': { da: 'lagde enheden {subject} sammen med en anden', en: 'merged the unit {subject} into another' },
  'org_unit.reopened': { da: 'genåbnede enheden {subject}', en: 'reopened the unit {subject}' },
  'org_unit.note_set': { da: 'skrev en note om enheden {subject}', en: 'wrote a note on the unit {subject}' },
  'org_unit.national_area_set': { da: 'satte det nationale område for enheden {subject}', en: 'set the national area of the unit {subject}' },
  'decided_case_volume.set': { da: 'angav afgjorte sager for enheden {subject}', en: 'entered decided cases for the unit {subject}' },
  'report.previewed': { da: 'beregnede beretningens tal for en periode', en: "computed the report's figures for a period" },
  'report.created': { da: 'oprettede beretningen {subject}', en: 'created the report {subject}' },
  'report.sections_updated': { da: 'ændrede teksten i beretningen {subject}', en: 'changed the text of the report {subject}' },
  'report.generation_requested': { da: 'bad om en ny version af beretningen {subject}', en: 'asked for a new version of the report {subject}' },
  'report.generated': { da: 'genererede beretningen {subject}', en: 'generated the report {subject}' },
  'report.published': { da: 'udgav beretningen {subject}', en: 'published the report {subject}' },
  'report.downloaded': { da: 'hentede beretningen {subject}', en: 'downloaded the report {subject}' },
  'report.follow_up_intro_updated': { da: 'ændrede indledningen til opfølgningsnotatet om {subject}', en: 'changed the introduction to the follow-up note on {subject}' },
  'recommendation.added': { da: 'tilføjede anbefalingen {subject}', en: 'added the recommendation {subject}' },
  'recommendation.updated': { da: 'ændrede anbefalingen {subject}', en: 'changed the recommendation {subject}' },
  'recommendation.removed': { da: 'fjernede anbefalingen {subject}', en: 'removed the recommendation {subject}' },
  'recommendation.follow_up_set': { da: 'satte status for anbefalingen {subject}', en: 'set the status of the recommendation {subject}' },
  'recommendation.department_list': { da: 'læste anbefalingerne til forvaltningen', en: 'read the recommendations to the department' },
  'recommendation_follow_up.created': { da: 'skrev opfølgning på anbefalingen {subject}', en: 'wrote a follow-up on the recommendation {subject}' },
  'recommendation_follow_up.updated': { da: 'ændrede opfølgningen på anbefalingen {subject}', en: 'changed the follow-up on the recommendation {subject}' },
  'recommendation_follow_up.attachment_added': { da: 'vedhæftede en fil til opfølgningen på {subject}', en: 'attached a file to the follow-up on {subject}' },
  'recommendation_follow_up.attachment_downloaded': { da: 'hentede en fil fra opfølgningen på {subject}', en: 'downloaded a file of the follow-up on {subject}' },
  'recommendation_follow_up.attachment_removed': { da: 'fjernede en fil fra opfølgningen på {subject}', en: 'removed a file from the follow-up on {subject}' },
  'follow_up_note.previewed': { da: 'så opfølgningsnotatet om {subject}', en: 'previewed the follow-up note on {subject}' },
  'follow_up_note.generation_requested': { da: 'bad om et nyt opfølgningsnotat om {subject}', en: 'asked for a new follow-up note on {subject}' },
  'follow_up_note.generated': { da: 'genererede opfølgningsnotatet om {subject}', en: 'generated the follow-up note on {subject}' },
  'follow_up_note.downloaded': { da: 'hentede opfølgningsnotatet om {subject}', en: 'downloaded the follow-up note on {subject}' },
  'membership.updated': { da: 'ændrede rollerne for brugeren {subject}', en: 'changed the roles of the user {subject}' },
  'membership.removed': { da: 'fjernede brugeren {subject}', en: 'removed the user {subject}' },
  'membership.deactivated': { da: 'deaktiverede brugeren {subject}', en: 'deactivated the user {subject}' },
  'membership.reactivated': { da: 'genaktiverede brugeren {subject}', en: 'reactivated the user {subject}' },
  'second_factor.set_up': { da: 'satte totrinsbekræftelse op for {subject}', en: 'set up two-step verification for {subject}' },
  'second_factor.recovery_code_used': { da: 'loggede ind med en gendannelseskode som {subject}', en: 'logged in with a recovery code as {subject}' },
  'second_factor.reset': { da: 'nulstillede totrinsbekræftelsen for {subject}', en: 'reset the two-step verification of {subject}' },
  'invitation.created': { da: 'inviterede {subject}', en: 'invited {subject}' },
  'invitation.resent': { da: 'sendte invitationen til {subject} igen', en: 'sent the invitation to {subject} again' },
  'invitation.revoked': { da: 'trak invitationen til {subject} tilbage', en: 'revoked the invitation to {subject}' },
  'invitation.accepted': { da: 'tog imod invitationen til {subject}', en: 'accepted the invitation to {subject}' },
  'tenant.created': { da: 'oprettede kommunen på platformen', en: 'added the municipality to the platform' },
  'tenant.deactivated': { da: 'deaktiverede kommunen', en: 'deactivated the municipality' },
  'tenant.reactivated': { da: 'genaktiverede kommunen', en: 'reactivated the municipality' },
  'tenant.logo_set': { da: 'skiftede kommunens logo', en: "changed the municipality's logo" },
  'tenant.logo_removed': { da: 'fjernede kommunens logo', en: "removed the municipality's logo" },
  'tenant.response_targets_set': { da: 'ændrede svarfristerne', en: 'changed the response targets' },
  'tenant.restored': { da: 'indlæste kommunens data fra en fuld eksport', en: "restored the municipality's data from a full export" },
  'benchmark.opt_in_set': { da: 'ændrede deltagelsen i den nationale sammenligning', en: 'changed the participation in the national benchmark' },
  'benchmark.comment_set': { da: 'skrev en kommentar til den nationale sammenligning', en: 'wrote a comment on the national benchmark' },
  'audit.exported': { da: 'eksporterede loggen', en: 'exported the log' },
  'inquiry.anonymised': { da: 'fjernede persondata fra henvendelse {subject}', en: 'removed the personal data of inquiry {subject}' },
  'inquiry.hold_set': { da: 'satte arkiveringshold på henvendelse {subject}', en: 'put a hold on inquiry {subject}' },
  'inquiry.hold_lifted': { da: 'ophævede arkiveringsholdet på henvendelse {subject}', en: 'lifted the hold on inquiry {subject}' },
  'citizen.erased': { da: 'slettede persondata om borger {subject} efter anmodning', en: 'erased the personal data of citizen {subject} on request' },
  'tenant.retention_set': { da: 'ændrede slettereglerne', en: 'changed the retention settings' },
  'audit.purged': { da: 'slettede log-hændelser ældre end opbevaringsperioden', en: 'removed audit events older than the retention period' },
  'sso.login': { da: 'loggede ind med kommunens eget login', en: "logged in with the municipality's own login" },
  'sso.roles_applied': { da: 'fik sine roller fra kommunens SAML-login', en: "got their roles from the municipality's SAML login" },
  'sso.saml_provider_set': { da: 'ændrede kommunens SAML-login', en: "changed the municipality's SAML login" },
  'archive.requested': { da: 'bestilte en arkivpakke', en: 'asked for an archive package' },
  'archive.built': { da: 'dannede en arkivpakke', en: 'built an archive package' },
  'archive.downloaded': { da: 'hentede en arkivpakke', en: 'downloaded an archive package' },
  'archive.delivered': { da: 'markerede en arkivpakke som afleveret', en: 'marked an archive package as delivered' },
  'citizen.insight_exported': { da: 'hentede alle oplysninger om borger {subject} (indsigt)', en: 'downloaded everything held about citizen {subject} (insight)' },
  'identity_provider.oidc_set': { da: 'ændrede kommunens OpenID Connect-login', en: "changed the municipality's OpenID Connect login" },
  'identity_provider.secret_resealed': { da: 'forseglede login-hemmeligheden med den nye nøgle', en: 'sealed the login secret with the new key' },
  'sso.identity_linked': { da: 'loggede ind med kommunens login for første gang og tog imod invitationen', en: "logged in with the municipality's login for the first time and accepted the invitation" },
  'sso.account_created': { da: 'loggede ind med kommunens login for første gang og venter på adgang', en: "logged in with the municipality's login for the first time and awaits access" },
};

/** A role as the log's sentence starts with it. */
export const AUDIT_ROLE_NAMES: Record<TenantRole | 'operator' | 'system', Phrase> = {
  advisor: { da: 'Rådgiver', en: 'Advisor' },
  tenant_admin: { da: 'Administrator', en: 'Administrator' },
  department_contact: { da: 'Kontaktperson', en: 'Department contact' },
  council_viewer: { da: 'Byrådsmedlem', en: 'Council member' },
  operator: { da: 'Driftsoperatør', en: 'Operator' },
  system: { da: 'Systemet', en: 'The system' },
};

/** The role a sentence names when the user holds several: the one closest to the citizens' data. */
const ROLE_ORDER: readonly TenantRole[] = ['advisor', 'tenant_admin', 'department_contact', 'council_viewer'];

export function primaryRole(roles: readonly string[]): TenantRole | null {
  return ROLE_ORDER.find((role) => roles.includes(role)) ?? null;
}

/** An audit event as a sentence is made from it. */
export interface AuditSentenceInput {
  action: string;
  /** Null for the system (the worker). */
  userName: string | null;
  userRoles: readonly string[];
  /** The subject's human reference; null when it has none or no longer exists. */
  subjectLabel: string | null;
  subjectId: string | null;
}

/** "(slettet)" or the first part of the id, for a subject that no longer exists. */
function missingSubject(subjectId: string | null, language: Language): string {
  if (!subjectId) return '';
  return language === 'da' ? `(slettet, id ${subjectId.slice(0, 8)})` : `(deleted, id ${subjectId.slice(0, 8)})`;
}

/** "Rådgiver Anne Holm åbnede henvendelse 2023-0142", or in English; an unknown action is named by its code. */
export function auditSentence(event: AuditSentenceInput, language: Language): string {
  const role = event.userName === null ? null : primaryRole(event.userRoles);
  const who = event.userName === null ? AUDIT_ROLE_NAMES.system[language] : role ? `${AUDIT_ROLE_NAMES[role][language]} ${event.userName}` : event.userName;
  const subject = event.subjectLabel ?? missingSubject(event.subjectId, language);
  const what = isAuditAction(event.action) ? AUDIT_SENTENCES[event.action][language] : `${event.action} {subject}`;
  return `${who} ${what.replace('{subject}', subject)}`.replace(/\s+$/, '');
}

/** The name of an action for the log's filter: its sentence without the subject, e.g. "åbnede henvendelse". */
export function auditActionName(action: AuditAction, language: Language): string {
  return AUDIT_SENTENCES[action][language].replace(/\s*\{subject\}/, '').replace(/\s+(om|på|til|fra filen|on|to|of|about|from the file)$/, '');
}
