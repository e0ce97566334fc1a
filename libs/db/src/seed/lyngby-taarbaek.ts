import { DemoRegistrationYear, DemoReport, DemoTenant } from './demo-tenant';

const FROM = '2022-01-01';

const CBAK_UNITS = [['Administration og Udbetaling', 40], ['Jobcenter', 35], ['Ungeenheden', 12], ['CBAK', 13]] as const;
const CSI_UNITS = [['Børne- og ungeområdet', 62], ['Socialafdelingen, Voksen', 25], ['Center for Social Indsats', 13]] as const;
const CSO_UNITS = [['Visitation', 75], ['Center for Sundhed og Omsorg', 25]] as const;
const CUP_UNITS = [['Skoleområdet', 70], ['CUP', 30]] as const;
/** Inquiries that concern no single centre (wayfinding, general questions). */
const NO_UNIT = [[null, 1]] as const;

/** The citizens' primary reasons for contact and the rules the report finds broken, as complaint weights. */
const COMPLAINT_CATEGORIES: DemoRegistrationYear['complaintCategories'] = {
  'Langsommelig sagsbehandling og manglende svar': 22,
  'Spørgsmål til sagsbehandlingsprocedurer': 14,
  'Hjælp ifm. klage, ansøgning eller partshøring': 24,
  'Manglende helhedsorientering og koordineret indsats': 10,
  'Overholdelse af frister': 7,
  Inddragelse: 8,
  'Udvidet vejledningspligt': 5,
  Journalisering: 3,
  Notatpligt: 4,
  Hurtighedsprincippet: 6,
  'God forvaltningsskik': 5,
  'Hyppige sagsbehandlerskift og manglende orientering': 6,
  Andet: 3,
};

/** Most complaints end in help to complain or the citizen's experience passed on to the department. */
const COMPLAINT_OUTCOMES: DemoRegistrationYear['complaintOutcomes'] = {
  'Hjælp til at klage': 35,
  'Borgers oplevelse videresendt til afdelingen': 30,
  'Afgørelsen ændret af kommunen': 10,
  'Vejledning om sagsbehandlingsreglerne': 15,
  'Anbefaling til forvaltningen': 5,
  Andet: 5,
};

const KIND_CATEGORIES: DemoRegistrationYear['kindCategories'] = {
  wayfinding: 'Vejvisning – hjælp til at finde rette indgang/kontakt i kommunen',
  guidance: 'Spørgsmål til sagsbehandlingsprocedurer',
};

/** The 2023 report as published, compared with the function's first period; its recommendations are not seeded. */
const REPORT_2023: DemoReport = {
  title: 'Borgerrådgiverens beretning 2023',
  from: '2023-01-01',
  to: '2023-12-31',
  comparison: { from: '2022-03-01', to: '2022-12-31' },
  publishedAt: '2024-04-23T10:00:00Z',
  followUpIntro: '',
  recommendations: [],
};

/**
 * The 2022 report (1 March–31 December) with its five recommendations, two general and three to centres, and how
 * far each got by the 2023 report: the receipt and reply promise partly, the rules for recording conversations and
 * the CSI/CUP follow-up plan implemented, the whole-person focus partly, CSO's waiting-list times not taken up.
 * Hand count: 2 of 5 implemented (40 %), 2 partly.
 */
const REPORT_2022: DemoReport = {
  title: 'Borgerrådgiverens beretning 2022',
  from: '2022-03-01',
  to: '2022-12-31',
  publishedAt: '2023-04-25T10:00:00Z',
  followUpIntro: '',
  recommendations: [
    {
      title: 'Tilbagemeldingsgaranti og automatisk kvittering',
      text: 'Borgere, der skriver til kommunen, skal få en kvittering med det samme og vide, hvornår de kan forvente svar.',
      orgUnits: [],
      dueOn: '2023-12-31',
      statuses: [
        { status: 'in_progress', setAt: '2023-06-01T09:00:00Z' },
        { status: 'partly_implemented', setAt: '2024-03-01T09:00:00Z' },
      ],
    },
    {
      title: 'Regler for optagelse af samtaler',
      text: 'Fastsæt vejledende regler for, hvornår borgere og medarbejdere må optage samtaler.',
      orgUnits: [],
      dueOn: '2023-12-31',
      statuses: [{ status: 'implemented', setAt: '2024-03-01T09:05:00Z' }],
    },
    {
      title: 'Helhedsorientering og koordinering på tværs',
      text: 'Kend hinandens områder, og sørg for at borgere med sager i flere centre får én koordineret indsats.',
      orgUnits: ['Center for Social Indsats', 'CBAK'],
      dueOn: '2023-12-31',
      statuses: [{ status: 'partly_implemented', setAt: '2024-03-01T09:10:00Z' }],
      followUps: [
        {
          orgUnit: 'Center for Social Indsats',
          text: 'Vi holder faste koordineringsmøder med CBAK om borgere med sager i begge centre.',
          proposedStatus: 'partly_implemented',
          writtenAt: '2024-02-12T10:00:00Z',
        },
      ],
    },
    {
      title: 'En plan for opfølgning på anbefalingerne',
      text: 'Lav en plan for, hvordan centret følger op på borgerrådgiverens anbefalinger, og hvem der har ansvaret.',
      orgUnits: ['Center for Social Indsats', 'CUP'],
      dueOn: '2023-09-30',
      statuses: [{ status: 'implemented', setAt: '2023-10-02T09:00:00Z' }],
      followUps: [
        {
          orgUnit: 'CUP',
          text: 'Direktøren har godkendt en plan: anbefalingerne gennemgås på ledermødet hvert kvartal.',
          proposedStatus: 'implemented',
          writtenAt: '2023-09-28T13:00:00Z',
        },
      ],
    },
    {
      title: 'Ventetid på ældre- og plejeboliger',
      text: 'Beregn og offentliggør ventetiden på ældre- og plejeboliger på kommunens hjemmeside.',
      orgUnits: ['Center for Sundhed og Omsorg'],
      dueOn: '2023-12-31',
      statuses: [{ status: 'not_taken_up', setAt: '2024-03-01T09:15:00Z' }],
    },
  ],
};

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
  referencePrefix: 'LTK',
  // Counts per centre (CBAK, CUBA until 2024, is one unit): 2023 CUBA 90, CSI 87, CSO 33, the rest 56;
  // 2022 (the function's first period, from 1 March) CSI 44 of a total of 220 we chose. Beginning in March, 2022 is the
  // demo's year that the benchmark marks as not fully comparable (partial_year), so the mark can be seen.
  // CSO is mostly wayfinding and guidance, CUBA and CSI mostly complaints.
  registrations: [
    {
      year: 2022,
      from: '2022-03-01',
      to: '2022-12-31',
      citizens: 185,
      returningCitizens: 0,
      followUps: 10,
      groups: [
        { units: CBAK_UNITS, kinds: { complaint: 52, guidance: 12, wayfinding: 11, information: 3, other: 2 } },
        { units: CSI_UNITS, kinds: { complaint: 30, guidance: 6, wayfinding: 6, information: 2 } },
        { units: CSO_UNITS, kinds: { complaint: 7, guidance: 11, wayfinding: 17, information: 1 } },
        { units: CUP_UNITS, kinds: { complaint: 17, guidance: 7, wayfinding: 6, information: 2 } },
        { units: NO_UNIT, kinds: { guidance: 9, wayfinding: 13, information: 3, other: 3 } },
      ],
      complaintCategories: COMPLAINT_CATEGORIES,
      categoryLinksPerComplaint: 1.4,
      kindCategories: KIND_CATEGORIES,
      complaintOutcomes: COMPLAINT_OUTCOMES,
    },
    {
      year: 2023,
      from: '2023-01-01',
      to: '2023-12-31',
      citizens: 218,
      returningCitizens: 22,
      followUps: 14,
      groups: [
        { units: CBAK_UNITS, kinds: { complaint: 60, guidance: 13, wayfinding: 12, information: 3, other: 2 } },
        { units: CSI_UNITS, kinds: { complaint: 62, guidance: 10, wayfinding: 12, information: 2, other: 1 } },
        { units: CSO_UNITS, kinds: { complaint: 6, guidance: 10, wayfinding: 16, information: 1 } },
        { units: CUP_UNITS, kinds: { complaint: 18, guidance: 8, wayfinding: 6, information: 2 } },
        { units: NO_UNIT, kinds: { guidance: 7, wayfinding: 10, information: 2, other: 3 } },
      ],
      complaintCategories: COMPLAINT_CATEGORIES,
      categoryLinksPerComplaint: 1.4,
      kindCategories: KIND_CATEGORIES,
      complaintOutcomes: COMPLAINT_OUTCOMES,
      stillOpen: 4,
    },
  ],
  reports: [REPORT_2022, REPORT_2023],
};
