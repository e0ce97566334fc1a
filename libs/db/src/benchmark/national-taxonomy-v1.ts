import type { TaxonomyEntry } from '@raadgiver/domain';
import { NATIONAL_CATEGORY_CODES, NATIONAL_OUTCOME_CODES, NationalCategoryCode, NationalOutcomeCode } from '../seed/national-taxonomy';

const CATEGORY_NAMES: Record<NationalCategoryCode, [string, string]> = {
  processing_time: ['Lang sagsbehandlingstid og manglende svar', 'Long processing time and no answer'],
  involvement: ['Manglende inddragelse', 'Lack of involvement'],
  note_duty: ['Notatpligt', 'Duty to take notes'],
  guidance_duty: ['Vejledningspligt', 'Duty to guide'],
  access_to_documents: ['Aktindsigt', 'Access to documents'],
  consultation: ['Partshøring', 'Consultation of parties'],
  coordination: ['Koordineret indsats', 'Coordinated effort'],
  deadlines: ['Frister', 'Deadlines'],
  conduct: ['Optræden og adfærd', 'Conduct'],
  communication: ['Kommunikation', 'Communication'],
  case_procedure: ['Sagsbehandlingsregler', 'Case procedure'],
  disagreement_with_decision: ['Uenighed i afgørelse', 'Disagreement with the decision'],
  wayfinding: ['Vejvisning', 'Wayfinding'],
  other: ['Andet', 'Other'],
};

const OUTCOME_NAMES: Record<NationalOutcomeCode, [string, string]> = {
  dialogue_strengthened: ['Styrket dialog', 'Strengthened dialogue'],
  complaint_help: ['Hjælp til klageproces', 'Help with the complaint process'],
  reopened: ['Genoptaget af forvaltningen', 'Reopened by the administration'],
  criticism: ['Kritik', 'Criticism'],
  resolved_by_advisor: ['Løst af borgerrådgiveren', 'Resolved by the advisor'],
  rejected_outdated: ['Afvist som forældet', 'Rejected as outdated'],
  improvement_proposal: ['Forbedringsforslag', 'Improvement proposal'],
  other: ['Andet', 'Other'],
};

/** Department areas (fagområder), so inquiries can be read per 1,000 decided cases across municipalities. */
const DEPARTMENT_AREAS: [string, string, string][] = [
  ['employment', 'Beskæftigelse', 'Employment'],
  ['social_adults', 'Voksne og handicap', 'Adults and disability'],
  ['children_families', 'Børn og familie', 'Children and families'],
  ['schools_daycare', 'Skole og dagtilbud', 'Schools and daycare'],
  ['elderly_health', 'Ældre og sundhed', 'Elderly care and health'],
  ['technical_environment', 'Teknik og miljø', 'Technical services and environment'],
  ['citizen_service', 'Borgerservice', 'Citizen service'],
  ['culture_leisure', 'Kultur og fritid', 'Culture and leisure'],
  ['administration', 'Administration', 'Administration'],
  ['other', 'Andet', 'Other'],
];

/** Version 1 of the national taxonomy, inserted by the benchmark migration. */
export const NATIONAL_TAXONOMY_V1: readonly TaxonomyEntry[] = [
  ...NATIONAL_CATEGORY_CODES.map((code, i) => ({ kind: 'category' as const, code, nameDa: CATEGORY_NAMES[code][0], nameEn: CATEGORY_NAMES[code][1], sortOrder: (i + 1) * 10 })),
  ...NATIONAL_OUTCOME_CODES.map((code, i) => ({ kind: 'outcome' as const, code, nameDa: OUTCOME_NAMES[code][0], nameEn: OUTCOME_NAMES[code][1], sortOrder: (i + 1) * 10 })),
  ...DEPARTMENT_AREAS.map(([code, nameDa, nameEn], i) => ({ kind: 'department_area' as const, code, nameDa, nameEn, sortOrder: (i + 1) * 10 })),
];
