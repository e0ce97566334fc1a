import { DemoOrgUnit, DemoRegistrationGroup, DemoRegistrationYear, DemoReport, DemoTenant } from './demo-tenant';

const FROM = '2023-01-01';

function area(name: string, nationalArea: string, departments: string[] = []): DemoOrgUnit {
  return {
    name,
    kind: 'area',
    validFrom: FROM,
    nationalArea,
    children: departments.map((department) => ({ name: department, kind: 'department', validFrom: FROM })),
  };
}

type Kinds = DemoRegistrationGroup['kinds'];

/** The six fagområder, their named departments taking most of the area's registrations. */
function areaGroups(kinds: [Kinds, Kinds, Kinds, Kinds, Kinds, Kinds]): DemoRegistrationGroup[] {
  const units: DemoRegistrationGroup['units'][] = [
    [['Sundhed og Omsorgsområdet', 1]],
    [['Socialområdet', 40], ['Myndigheds- og visitationsafdelingen', 60]],
    [['Børne- og Familieområdet', 35], ['Myndighedsafdelingen', 65]],
    [['Skole- og dagtilbudsområdet', 1]],
    [['Borgerservice, IT og Digitalisering', 1]],
    [['Erhverv- og arbejdsmarkedsafdelingen', 1]],
  ];
  return units.map((u, i) => ({ units: u, kinds: kinds[i] }));
}

/** The themes the departments answer on: processing time and communication first. */
const COMPLAINT_CATEGORIES: DemoRegistrationYear['complaintCategories'] = {
  Sagsbehandlingstid: 25,
  Kommunikation: 25,
  Inddragelse: 12,
  'Vejledning om rettigheder og pligter': 12,
  Overgange: 8,
  'Proportionalitet i kontrolsager': 4,
  'Forståelse af klagebegrebet': 6,
  Andet: 8,
};

const COMPLAINT_OUTCOMES: DemoRegistrationYear['complaintOutcomes'] = {
  'Afklaret ved borgerrådgiveren': 30,
  'Styrket dialog': 30,
  'Hjælp til klage': 25,
  'Læringspunkt til fagområdet': 10,
  Andet: 5,
};

/**
 * The 2023 report and its follow-up, as in the note of September 2024: recommendations to the six fagområder on
 * processing time, communication, transitions, control cases and written decisions. Three areas have answered;
 * Sundhed og Omsorg, Socialområdet and Skole og dagtilbud have not yet, so the note shows them as not answered.
 * Due dates are fixed days; the ones still open are overdue, so the reminder job has something to send.
 */
const REPORT_2023: DemoReport = {
  title: 'Borgerrådgiverens beretning 2023',
  from: '2023-01-01',
  to: '2023-12-31',
  publishedAt: '2024-06-20T10:00:00Z',
  followUpIntro:
    'Beretningen bygger på borgernes henvendelser til borgerrådgiveren i 2023.\n\n' +
    'Fagområderne har læst beretningen og beskriver her, hvad de gør på baggrund af den. Notatet følger beretningen, når kommunalbestyrelsen behandler den.',
  recommendations: [
    {
      title: 'Kortere sagsbehandlingstid og besked undervejs',
      text: 'Borgere, der venter på en afgørelse, skal have at vide, hvor sagen er, og hvornår de kan forvente svar.',
      orgUnits: ['Sundhed og Omsorgsområdet', 'Socialområdet'],
      dueOn: '2024-12-31',
      statuses: [{ status: 'in_progress', setAt: '2024-09-15T09:00:00Z' }],
    },
    {
      title: 'Et overblik over sagsforløbet til borgeren',
      text: 'Giv borgeren et enkelt, gerne visuelt, overblik over sagens gang ved det første møde.',
      orgUnits: ['Socialområdet', 'Børne- og Familieområdet'],
      dueOn: '2025-03-31',
      followUps: [
        {
          orgUnit: 'Børne- og Familieområdet',
          text:
            'Vi arbejder med overskuelige sagsprocedurer under Barnets Lov og bruger skemaer før, under og efter møder med familien.\n' +
            'Vi holder dialogmøde med borgerrådgiveren, når den nye chef er tiltrådt.',
          proposedStatus: 'in_progress',
          writtenAt: '2024-09-02T12:00:00Z',
        },
      ],
    },
    {
      title: 'Opmærksomhed på overgange',
      text: 'Skift mellem dagtilbud og skole, mellem skoler og videre til ungdomsuddannelse skal planlægges sammen med familien.',
      orgUnits: ['Skole- og dagtilbudsområdet', 'Børne- og Familieområdet'],
      dueOn: '2025-06-30',
    },
    {
      title: 'Tydelig vejledning i kontrolsager',
      text: 'Når en kontrolsag begynder, skal borgeren have skriftlig besked om sine rettigheder og pligter, og indhentning af kontoudtog skal bero på en konkret vurdering.',
      orgUnits: ['Borgerservice, IT og Digitalisering'],
      dueOn: '2024-12-31',
      statuses: [
        { status: 'in_progress', setAt: '2024-08-01T09:00:00Z' },
        { status: 'implemented', setAt: '2024-11-20T09:00:00Z' },
      ],
      followUps: [
        {
          orgUnit: 'Borgerservice, IT og Digitalisering',
          text: 'Kontrolgruppen sender nu et fast brev om "rettigheder og pligter", når en sag åbnes. Kontoudtog indhentes kun efter en vurdering i den enkelte sag.',
          proposedStatus: 'implemented',
          writtenAt: '2024-09-05T08:30:00Z',
        },
      ],
    },
    {
      title: 'Afgørelser, borgeren kan forstå',
      text: 'Skriv afgørelser, så borgeren kan se, hvad der er besluttet, hvorfor, og hvad han eller hun kan gøre, hvis de er uenige.',
      orgUnits: ['Erhverv- og arbejdsmarkedsafdelingen'],
      dueOn: '2025-09-30',
      statuses: [{ status: 'in_progress', setAt: '2024-09-15T09:05:00Z' }],
      followUps: [
        {
          orgUnit: 'Erhverv- og arbejdsmarkedsafdelingen',
          text:
            'Alle sagsbehandlere kommer på kursus i skriftlig kommunikation i efteråret.\n' +
            'Efter en samtale, der er gået skævt, ringer lederen til borgeren og tilbyder en ny samtale.',
          writtenAt: '2024-09-09T14:15:00Z',
        },
      ],
    },
  ],
};

/**
 * Norddjurs (follow-up notes on the 2023 and 2024 reports). The six fagområder are the rows of the 2024 note;
 * the two departments are the ones the notes name inside an area. Categories and outcomes are the themes
 * the departments answer on.
 */
export const NORDDJURS: DemoTenant = {
  name: 'Norddjurs Kommune',
  kommunekode: '707',
  slug: 'norddjurs',
  locale: 'da',
  population: [
    { year: 2024, inhabitants: 36_773 },
    { year: 2025, inhabitants: 36_658 },
  ],
  orgUnitsInvented: false,
  orgUnits: [
    area('Sundhed og Omsorgsområdet', 'elderly_health'),
    area('Socialområdet', 'social_adults', ['Myndigheds- og visitationsafdelingen']),
    area('Børne- og Familieområdet', 'children_families', ['Myndighedsafdelingen']),
    area('Skole- og dagtilbudsområdet', 'schools_daycare'),
    area('Borgerservice, IT og Digitalisering', 'citizen_service'),
    area('Erhverv- og arbejdsmarkedsafdelingen', 'employment'),
  ],
  categories: [
    { name: 'Sagsbehandlingstid', nationalCode: 'processing_time' },
    { name: 'Kommunikation', nationalCode: 'communication' },
    { name: 'Inddragelse', nationalCode: 'involvement' },
    { name: 'Vejledning om rettigheder og pligter', nationalCode: 'guidance_duty' },
    { name: 'Overgange', nationalCode: 'coordination' },
    { name: 'Proportionalitet i kontrolsager', nationalCode: 'case_procedure' },
    { name: 'Forståelse af klagebegrebet', nationalCode: 'case_procedure' },
    { name: 'Andet', nationalCode: 'other' },
  ],
  outcomes: [
    { name: 'Afklaret ved borgerrådgiveren', nationalCode: 'resolved_by_advisor' },
    { name: 'Styrket dialog', nationalCode: 'dialogue_strengthened' },
    { name: 'Hjælp til klage', nationalCode: 'complaint_help' },
    { name: 'Læringspunkt til fagområdet', nationalCode: 'improvement_proposal' },
    { name: 'Andet', nationalCode: 'other' },
  ],
  people: {
    advisor: 'Camilla Juhl',
    tenant_admin: 'Anders Vestergaard',
    department_contact: 'Birgitte Skov',
    council_viewer: 'Thomas Bak',
  },
  contactUnit: 'Socialområdet',
  referencePrefix: 'NDJ',
  // The notes give no counts; about 150 and 170 registrations a year is plausible for the population.
  registrations: [
    {
      year: 2023,
      from: '2023-01-01',
      to: '2023-12-31',
      citizens: 120,
      returningCitizens: 0,
      followUps: 8,
      groups: areaGroups([
        { complaint: 14, guidance: 5, wayfinding: 4, information: 1 },
        { complaint: 19, guidance: 6, wayfinding: 3, information: 2 },
        { complaint: 22, guidance: 5, wayfinding: 3, information: 2 },
        { complaint: 10, guidance: 4, wayfinding: 3, information: 1 },
        { complaint: 12, guidance: 5, wayfinding: 4, other: 1 },
        { complaint: 15, guidance: 5, wayfinding: 3, information: 1 },
      ]),
      complaintCategories: COMPLAINT_CATEGORIES,
      categoryLinksPerComplaint: 1.3,
      complaintOutcomes: COMPLAINT_OUTCOMES,
    },
    {
      year: 2024,
      from: '2024-01-01',
      to: '2024-12-31',
      citizens: 134,
      returningCitizens: 16,
      followUps: 9,
      groups: areaGroups([
        { complaint: 18, guidance: 6, wayfinding: 4, information: 2 },
        { complaint: 22, guidance: 6, wayfinding: 4, information: 2 },
        { complaint: 25, guidance: 6, wayfinding: 3, information: 2 },
        { complaint: 11, guidance: 5, wayfinding: 3, information: 1 },
        { complaint: 13, guidance: 5, wayfinding: 4, information: 1, other: 1 },
        { complaint: 16, guidance: 6, wayfinding: 3, information: 1 },
      ]),
      complaintCategories: COMPLAINT_CATEGORIES,
      categoryLinksPerComplaint: 1.3,
      complaintOutcomes: COMPLAINT_OUTCOMES,
      stillOpen: 9,
    },
  ],
  reports: [REPORT_2023],
  // A department asked for the report to show each area's decided cases (the 2024 note). Not from the documents:
  // plausible volumes for a municipality of this size, so the figure can be seen.
  decidedCases: [
    { unit: 'Sundhed og Omsorgsområdet', year: 2023, decidedCases: 4_800 },
    { unit: 'Socialområdet', year: 2023, decidedCases: 2_900 },
    { unit: 'Børne- og Familieområdet', year: 2023, decidedCases: 2_100 },
    { unit: 'Skole- og dagtilbudsområdet', year: 2023, decidedCases: 3_400 },
    { unit: 'Borgerservice, IT og Digitalisering', year: 2023, decidedCases: 9_500 },
    { unit: 'Erhverv- og arbejdsmarkedsafdelingen', year: 2023, decidedCases: 6_200 },
    { unit: 'Sundhed og Omsorgsområdet', year: 2024, decidedCases: 5_100 },
    { unit: 'Socialområdet', year: 2024, decidedCases: 3_050 },
    { unit: 'Børne- og Familieområdet', year: 2024, decidedCases: 2_250 },
    { unit: 'Skole- og dagtilbudsområdet', year: 2024, decidedCases: 3_300 },
    { unit: 'Borgerservice, IT og Digitalisering', year: 2024, decidedCases: 9_800 },
    { unit: 'Erhverv- og arbejdsmarkedsafdelingen', year: 2024, decidedCases: 6_000 },
  ],
};
