import { DemoOrgUnit, DemoTenant } from './demo-tenant';

const FROM = '2023-01-01';

function area(name: string, departments: string[] = []): DemoOrgUnit {
  return {
    name,
    kind: 'area',
    validFrom: FROM,
    children: departments.map((department) => ({ name: department, kind: 'department', validFrom: FROM })),
  };
}

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
};
