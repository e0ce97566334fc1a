import { DemoOrgUnit, DemoRegistrationGroup, DemoReport, DemoTenant } from './demo-tenant';

const FROM = '2018-01-01';

function centre(name: string, shortName: string, departments: string[]): DemoOrgUnit {
  return {
    name,
    shortName,
    kind: 'center',
    validFrom: FROM,
    children: departments.map((department) => ({ name: department, kind: 'department', validFrom: FROM })),
  };
}

/** The report gives no split per unit; these weights spread the registrations plausibly over the departments. */
const UNITS: DemoRegistrationGroup['units'] = [
  ['Jobcenter', 18],
  ['Ydelse og Borgerservice', 12],
  ['Familierådgivningen', 22],
  ['Pædagogisk Psykologisk Rådgivning', 6],
  ['Myndighed og Visitation', 14],
  ['Hjemmepleje og Plejecentre', 6],
  ['Dagtilbud', 4],
  ['Skoler', 6],
  ['Byggeri og Miljø', 7],
  ['Veje og Trafik', 3],
  [null, 2],
];

/** The 2019 report as published, its figures generated from the registrations below (compared with 2018). */
const REPORT_2019: DemoReport = {
  title: 'Borgerrådgiverens beretning 2019',
  from: '2019-01-01',
  to: '2019-12-31',
  comparison: { from: '2018-01-01', to: '2018-12-31' },
  publishedAt: '2020-04-21T10:00:00Z',
  followUpIntro: '',
  recommendations: [],
};

/**
 * Lejre (annual report 2019). The report does not describe the department tree, so the centres below are a
 * plausible structure for a municipality of about 29,000 inhabitants, marked as demo data.
 * Categories and outcomes are the ones section 6 "Talmateriale" names.
 */
export const LEJRE: DemoTenant = {
  name: 'Lejre Kommune',
  kommunekode: '350',
  slug: 'lejre',
  locale: 'da',
  population: [
    { year: 2023, inhabitants: 28_930 },
    { year: 2025, inhabitants: 29_594 },
  ],
  orgUnitsInvented: true,
  orgUnits: [
    centre('Center for Job og Ydelse', 'CJY', ['Jobcenter', 'Ydelse og Borgerservice']),
    centre('Center for Børn og Familie', 'CBF', ['Familierådgivningen', 'Pædagogisk Psykologisk Rådgivning']),
    centre('Center for Social og Sundhed', 'CSS', ['Myndighed og Visitation', 'Hjemmepleje og Plejecentre']),
    centre('Center for Dagtilbud og Skole', 'CDS', ['Dagtilbud', 'Skoler']),
    centre('Center for Teknik og Miljø', 'CTM', ['Byggeri og Miljø', 'Veje og Trafik']),
  ],
  categories: [
    { name: 'Lang sagsbehandlingstid og manglende svar', nationalCode: 'processing_time' },
    { name: 'Manglende inddragelse', nationalCode: 'involvement' },
    { name: 'Notatpligt', nationalCode: 'note_duty' },
    { name: 'Vejledningspligt', nationalCode: 'guidance_duty' },
    { name: 'Aktindsigt', nationalCode: 'access_to_documents' },
    { name: 'Partshøring', nationalCode: 'consultation' },
    { name: 'Koordineret indsats', nationalCode: 'coordination' },
    { name: 'Åbenhed og tillid', nationalCode: 'conduct' },
    { name: 'Orientering om sagens gang og status', nationalCode: 'communication' },
    { name: 'Andet', nationalCode: 'other' },
  ],
  outcomes: [
    { name: 'Styrket dialog', nationalCode: 'dialogue_strengthened' },
    { name: 'Hjælp til klageprocessen', nationalCode: 'complaint_help' },
    { name: 'Genoptaget af forvaltningen', nationalCode: 'reopened' },
    { name: 'Kritik', nationalCode: 'criticism' },
    { name: 'Løst ved borgerrådgiveren', nationalCode: 'resolved_by_advisor' },
    { name: 'Afvist på grund af forældede forhold', nationalCode: 'rejected_outdated' },
    { name: 'Forbedringsforslag', nationalCode: 'improvement_proposal' },
    { name: 'Andet', nationalCode: 'other' },
  ],
  people: {
    advisor: 'Mette Lund',
    tenant_admin: 'Jonas Brandt',
    department_contact: 'Karen Holm',
    council_viewer: 'Peter Dahl',
  },
  contactUnit: 'Familierådgivningen',
  referencePrefix: 'LEJ',
  // Section 6 "Talmateriale". Follow-ups are all complaints, which makes both readings of the report hold:
  // 2018's "113 main cases and 10 follow-ups" of the 123 complaints, and 2019's 164 + 28 of all 192.
  registrations: [
    {
      year: 2018,
      from: '2018-01-01',
      to: '2018-12-31',
      citizens: 132,
      returningCitizens: 0,
      followUps: 10,
      // 123 complaints; the other 51 in the report's proportions 16 : 13 : 4 (its 33 % exceed the 30 % left).
      groups: [{ units: UNITS, kinds: { complaint: 123, guidance: 25, wayfinding: 20, information: 6 } }],
      // Complaints per category: "long processing time and no answer" was 23 % of the complaints (28 of 123),
      // and problems with the duty to guide were more frequent than in 2019.
      complaintCategories: {
        'Lang sagsbehandlingstid og manglende svar': 28,
        'Manglende inddragelse': 16,
        Notatpligt: 12,
        Vejledningspligt: 30,
        Aktindsigt: 9,
        Partshøring: 8,
        'Koordineret indsats': 9,
        'Åbenhed og tillid': 7,
        'Orientering om sagens gang og status': 10,
        Andet: 14,
      },
      // 2018 registered more as "reopened by the administration" than 2019 did.
      complaintOutcomes: {
        'Styrket dialog': 35,
        'Hjælp til klageprocessen': 30,
        'Genoptaget af forvaltningen': 41,
        Kritik: 4,
        'Løst ved borgerrådgiveren': 6,
        'Afvist på grund af forældede forhold': 2,
        Forbedringsforslag: 2,
        Andet: 3,
      },
    },
    {
      year: 2019,
      from: '2019-01-01',
      to: '2019-12-31',
      citizens: 130,
      returningCitizens: 24,
      followUps: 28,
      // 151 complaints (79 %); guidance 16 (8 %), wayfinding 12 (6 %), information 10 (5 %) and 3 other (2 %):
      // the three named kinds cannot exceed 38 of the 41 and still round to 8, 6 and 5 %.
      groups: [{ units: UNITS, kinds: { complaint: 151, guidance: 16, wayfinding: 12, information: 10, other: 3 } }],
      // 27 of 151 complaints (18 %) about processing time; more registered lack of involvement; the chart's
      // "other matters" are 68 problems (here over the six smaller categories).
      complaintCategories: {
        'Lang sagsbehandlingstid og manglende svar': 27,
        'Manglende inddragelse': 36,
        Notatpligt: 20,
        Vejledningspligt: 15,
        Aktindsigt: 13,
        Partshøring: 11,
        'Koordineret indsats': 12,
        'Åbenhed og tillid': 10,
        'Orientering om sagens gang og status': 12,
        Andet: 10,
      },
      // More "strengthened dialogue" and "help with the complaint", fewer "reopened"; the other outcomes 15.
      complaintOutcomes: {
        'Styrket dialog': 62,
        'Hjælp til klageprocessen': 48,
        'Genoptaget af forvaltningen': 26,
        Kritik: 4,
        'Løst ved borgerrådgiveren': 5,
        'Afvist på grund af forældede forhold': 2,
        Forbedringsforslag: 3,
        Andet: 1,
      },
    },
    {
      // Not from the report: a plausible recent year, so the national benchmark has a year in which all three demo
      // municipalities have registrations (Lyngby-Taarbæk and Norddjurs have 2023).
      year: 2023,
      from: '2023-01-01',
      to: '2023-12-31',
      citizens: 124,
      returningCitizens: 0,
      followUps: 22,
      groups: [{ units: UNITS, kinds: { complaint: 140, guidance: 18, wayfinding: 12, information: 9, other: 3 } }],
      complaintCategories: {
        'Lang sagsbehandlingstid og manglende svar': 31,
        'Manglende inddragelse': 28,
        Notatpligt: 16,
        Vejledningspligt: 18,
        Aktindsigt: 11,
        Partshøring: 9,
        'Koordineret indsats': 14,
        'Åbenhed og tillid': 8,
        'Orientering om sagens gang og status': 13,
        Andet: 7,
      },
      complaintOutcomes: {
        'Styrket dialog': 55,
        'Hjælp til klageprocessen': 44,
        'Genoptaget af forvaltningen': 24,
        Kritik: 5,
        'Løst ved borgerrådgiveren': 6,
        'Afvist på grund af forældede forhold': 1,
        Forbedringsforslag: 4,
        Andet: 1,
      },
    },
  ],
  reports: [REPORT_2019],
};
