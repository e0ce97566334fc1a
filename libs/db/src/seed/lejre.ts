import { DemoOrgUnit, DemoTenant } from './demo-tenant';

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
};
