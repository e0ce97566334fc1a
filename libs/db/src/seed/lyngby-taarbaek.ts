import { DemoTenant } from './demo-tenant';

const FROM = '2022-01-01';

/**
 * Lyngby-Taarbæk (annual report 2023). The report names its centres by acronym; it gives the full names of
 * CUBA, CSI and CSO but not of CBAK (CUBA's name since the reorganisation) or CUP, so those keep the acronym.
 * Categories are the citizens' primary reasons for contact and the case-handling rules the report lists;
 * outcomes are what the report says the advisor's work ends in.
 */
export const LYNGBY_TAARBAEK: DemoTenant = {
  name: 'Lyngby-Taarbæk Kommune',
  kommunekode: '173',
  slug: 'lyngby-taarbaek',
  locale: 'da',
  population: [
    { year: 2024, inhabitants: 58_538 },
    { year: 2025, inhabitants: 58_713 },
  ],
  orgUnitsInvented: false,
  orgUnits: [
    {
      name: 'CBAK',
      shortName: 'CBAK',
      kind: 'center',
      validFrom: FROM,
      // The report appeared in April 2024 and calls CUBA "nuværende CBAK"; the exact day is our assumption.
      formerNames: [{ name: 'Center for Unge, Borgerservice og Arbejdsmarked', until: '2024-01-01' }],
      children: [
        { name: 'Jobcenter', kind: 'department', validFrom: FROM },
        { name: 'Administration og Udbetaling', kind: 'department', validFrom: FROM },
        { name: 'Ungeenheden', kind: 'department', validFrom: FROM },
      ],
    },
    {
      name: 'Center for Social Indsats',
      shortName: 'CSI',
      kind: 'center',
      validFrom: FROM,
      children: [
        { name: 'Børne- og ungeområdet', kind: 'department', validFrom: FROM },
        { name: 'Socialafdelingen, Voksen', kind: 'department', validFrom: FROM },
      ],
    },
    {
      name: 'Center for Sundhed og Omsorg',
      shortName: 'CSO',
      kind: 'center',
      validFrom: FROM,
      children: [{ name: 'Visitation', kind: 'department', validFrom: FROM }],
    },
    {
      name: 'CUP',
      shortName: 'CUP',
      kind: 'center',
      validFrom: FROM,
      // The report names the school area without its centre; CUP is where we place it.
      children: [{ name: 'Skoleområdet', kind: 'department', validFrom: FROM }],
    },
  ],
  categories: [
    { name: 'Langsommelig sagsbehandling og manglende svar', nationalCode: 'processing_time' },
    { name: 'Spørgsmål til sagsbehandlingsprocedurer', nationalCode: 'case_procedure' },
    { name: 'Hjælp ifm. klage, ansøgning eller partshøring', nationalCode: 'disagreement_with_decision' },
    { name: 'Manglende helhedsorientering og koordineret indsats', nationalCode: 'coordination' },
    { name: 'Vejvisning – hjælp til at finde rette indgang/kontakt i kommunen', nationalCode: 'wayfinding' },
    { name: 'Overholdelse af frister', nationalCode: 'deadlines' },
    { name: 'Inddragelse', nationalCode: 'involvement' },
    { name: 'Udvidet vejledningspligt', nationalCode: 'guidance_duty' },
    { name: 'Journalisering', nationalCode: 'note_duty' },
    { name: 'Notatpligt', nationalCode: 'note_duty' },
    { name: 'Hurtighedsprincippet', nationalCode: 'processing_time' },
    { name: 'God forvaltningsskik', nationalCode: 'conduct' },
    { name: 'Hyppige sagsbehandlerskift og manglende orientering', nationalCode: 'communication' },
    { name: 'Andet', nationalCode: 'other' },
  ],
  outcomes: [
    { name: 'Hjælp til at klage', nationalCode: 'complaint_help' },
    { name: 'Borgers oplevelse videresendt til afdelingen', nationalCode: 'dialogue_strengthened' },
    { name: 'Afgørelsen ændret af kommunen', nationalCode: 'reopened' },
    { name: 'Vejledning om sagsbehandlingsreglerne', nationalCode: 'resolved_by_advisor' },
    { name: 'Anbefaling til forvaltningen', nationalCode: 'improvement_proposal' },
    { name: 'Andet', nationalCode: 'other' },
  ],
  people: {
    advisor: 'Sofie Kragh',
    tenant_admin: 'Lars Winther',
    department_contact: 'Hanne Bech',
    council_viewer: 'Michael Friis',
  },
  contactUnit: 'Børne- og ungeområdet',
};
