import { DemoOrgUnit, DemoRegistrationGroup, DemoRegistrationYear, DemoTenant } from './demo-tenant';

const FROM = '2023-01-01';

function area(name: string, departments: string[] = []): DemoOrgUnit {
  return {
    name,
    kind: 'area',
    validFrom: FROM,
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
    area('Sundhed og Omsorgsområdet'),
    area('Socialområdet', ['Myndigheds- og visitationsafdelingen']),
    area('Børne- og Familieområdet', ['Myndighedsafdelingen']),
    area('Skole- og dagtilbudsområdet'),
    area('Borgerservice, IT og Digitalisering'),
    area('Erhverv- og arbejdsmarkedsafdelingen'),
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
};
