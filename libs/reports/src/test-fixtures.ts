/* Test fixtures: report models built by running the real statistics engine on synthetic registrations. */
import {
  type CarryOver,
  DEFAULT_RESPONSE_TARGETS,
  type FollowUpNoteModel,
  type InquiryKind,
  type ReportCatalogueEntry,
  type ReportInput,
  type ReportOrgUnit,
  type ReportRegistration,
  computeReportFigures,
} from '@raadgiver/domain';
import { carryOverFields, type ReportDocumentModel, type ReportLocale } from './model';

export const MARKUP_PROSE = 'Borgeren skrev <script>alert("x")</script> & \'citat\' – æøå ÆØÅ';

export const CATEGORIES: ReportCatalogueEntry[] = [
  { id: 'cat-time', name: 'Lang sagsbehandlingstid og manglende svar', sortOrder: 1 },
  { id: 'cat-involve', name: 'Manglende inddragelse', sortOrder: 2 },
  { id: 'cat-guide', name: 'Vejledningspligt', sortOrder: 3 },
  { id: 'cat-notes', name: 'Notatpligt', sortOrder: 4 },
  { id: 'cat-access', name: 'Aktindsigt', sortOrder: 5 },
  { id: 'cat-parties', name: 'Partshøring', sortOrder: 6 },
  { id: 'cat-coord', name: 'Koordineret indsats', sortOrder: 7 },
  { id: 'cat-deadline', name: 'Frister', sortOrder: 8 },
];

export const OUTCOMES: ReportCatalogueEntry[] = [
  { id: 'out-dialog', name: 'Styrket dialog', sortOrder: 1 },
  { id: 'out-process', name: 'Hjælp til klageproces', sortOrder: 2 },
  { id: 'out-reopen', name: 'Genoptaget af forvaltningen', sortOrder: 3 },
  { id: 'out-criticism', name: 'Kritik', sortOrder: 4 },
  { id: 'out-resolved', name: 'Løst af borgerrådgiveren', sortOrder: 5 },
  { id: 'out-rejected', name: 'Afvist som forældet', sortOrder: 6 },
];

export const ORG_UNITS: ReportOrgUnit[] = [
  { id: 'u-cuba', name: 'Center for Unge, Borgerservice og Arbejdsmarked', shortName: 'CUBA', parentId: null, validFrom: '2015-01-01', validTo: '2018-12-31' },
  { id: 'u-cbak', name: 'Center for Borgerservice, Arbejdsmarked og Kultur', shortName: 'CBAK', parentId: null, validFrom: '2019-01-01', validTo: null },
  { id: 'u-csi', name: 'Center for Social Indsats', shortName: 'CSI', parentId: null, validFrom: '2015-01-01', validTo: null },
  { id: 'u-cso', name: 'Center for Sundhed & Omsorg <Ældre>', shortName: 'CSO', parentId: null, validFrom: '2015-01-01', validTo: null },
];

const CATEGORY_PATTERN = ['cat-time', 'cat-time', 'cat-time', 'cat-involve', 'cat-involve', 'cat-guide', 'cat-guide', 'cat-notes', 'cat-access'];
const SMALL_CATEGORIES = ['cat-parties', 'cat-coord', 'cat-deadline'];
const OUTCOME_PATTERN = ['out-dialog', 'out-dialog', 'out-dialog', 'out-process', 'out-process', 'out-reopen', 'out-criticism', 'out-resolved'];

export interface YearSpec {
  year: number;
  citizens: number;
  followUps: number;
  kinds: Record<InquiryKind, number>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Deterministic registrations for one year: the given kinds, distinct citizens and follow-up cases. */
export function registrationsFor(spec: YearSpec): ReportRegistration[] {
  const kinds = (Object.entries(spec.kinds) as [InquiryKind, number][]).flatMap(([kind, n]) => Array.from({ length: n }, () => kind));
  const total = kinds.length;
  const mainCount = total - spec.followUps;
  const rows: ReportRegistration[] = [];
  let complaintIndex = 0;
  kinds.forEach((kind, i) => {
    const id = `r-${spec.year}-${i}`;
    const isFollowUp = i >= mainCount;
    const month = (i % 12) + 1;
    const day = (i % 27) + 1;
    const receivedOn = `${spec.year}-${pad(month)}-${pad(day)}`;
    const unitIds = spec.year < 2019 ? ['u-cuba', 'u-csi', 'u-cso'] : ['u-cbak', 'u-csi', 'u-cso'];
    let categoryIds: string[] = [];
    let outcomeId: string | null = null;
    if (kind === 'complaint') {
      const j = complaintIndex++;
      const main = j % 10 === 9 ? SMALL_CATEGORIES[j % 3] : CATEGORY_PATTERN[j % 9];
      categoryIds = j % 4 === 0 && main !== 'cat-guide' ? [main, 'cat-guide'] : [main];
      outcomeId = j % 13 === 12 ? 'out-rejected' : j % 17 === 16 ? null : OUTCOME_PATTERN[j % 8];
    }
    rows.push({
      id,
      citizenId: `c-${spec.year}-${i % spec.citizens}`,
      receivedOn,
      kind,
      mainInquiryId: isFollowUp ? `r-${spec.year}-${i - mainCount}` : null,
      orgUnitId: i % 11 === 10 ? null : unitIds[i % 3],
      categoryIds,
      outcomeId,
      firstContactOn: i % 9 === 8 ? null : `${spec.year}-${pad(month)}-${pad(Math.min(28, day + (i % 6)))}`,
      closedOn: i % 5 === 4 ? null : `${spec.year}-${pad(month)}-${pad(Math.min(28, day + (i % 6) + 1))}`,
    });
  });
  return rows;
}

function modelFrom(input: Omit<ReportInput, 'orgUnits' | 'orgUnitLinks' | 'renames' | 'categories' | 'outcomes' | 'targets' | 'foldThreshold'>, tenantName: string, title: string, locale: ReportLocale, foldThreshold: number): ReportDocumentModel {
  const figures = computeReportFigures({
    ...input,
    orgUnits: ORG_UNITS,
    orgUnitLinks: [{ predecessorId: 'u-cuba', successorId: 'u-cbak' }],
    renames: [],
    categories: CATEGORIES,
    outcomes: OUTCOMES,
    targets: DEFAULT_RESPONSE_TARGETS,
    foldThreshold,
  });
  return {
    tenantName,
    title,
    period: input.period,
    comparisonPeriod: input.comparison,
    locale,
    sections: {
      foreword: `Forord med æøå.\n\n${MARKUP_PROSE}\n\nTredje afsnit.`,
      themes: 'Temaet i år er sagsbehandlingstid.',
      examples: 'En borger fik hjælp til en klage over "manglende svar".',
    },
    figures,
    recommendations: [
      { title: 'Svar borgerne inden for fristen', text: 'Alle centre bør kvittere for modtagelsen.\n\nOg svare til tiden.', orgUnitNames: ['CBAK', 'CSO <Ældre>'] },
      { title: 'Bedre notatpligt', text: 'Notér telefonsamtaler.', orgUnitNames: [] },
    ],
    ...carryOverFields(previousYear()),
  };
}

/** Registrations that reproduce Lejre's 2019 headline figures against 2018. */
export function lejreModel(locale: ReportLocale = 'da'): ReportDocumentModel {
  const registrations = [
    ...registrationsFor({ year: 2019, citizens: 130, followUps: 28, kinds: { complaint: 151, guidance: 16, wayfinding: 12, information: 10, other: 3 } }),
    ...registrationsFor({ year: 2018, citizens: 132, followUps: 24, kinds: { complaint: 123, guidance: 25, wayfinding: 20, information: 6, other: 0 } }),
  ];
  return modelFrom(
    { registrations, period: { from: '2019-01-01', to: '2019-12-31' }, comparison: { from: '2018-01-01', to: '2018-12-31' } },
    'Lejre Kommune',
    'Borgerrådgiverens beretning 2019',
    locale,
    15,
  );
}

/** A small registration set, for quick format tests; with decided cases entered for CBAK (and CUBA before it). */
export function smallModel(locale: ReportLocale = 'da', withComparison = true, decidedCases: ReportInput['decidedCases'] = []): ReportDocumentModel {
  const registrations = [
    ...registrationsFor({ year: 2023, citizens: 20, followUps: 4, kinds: { complaint: 18, guidance: 4, wayfinding: 2, information: 1, other: 0 } }),
    ...registrationsFor({ year: 2022, citizens: 15, followUps: 2, kinds: { complaint: 12, guidance: 3, wayfinding: 1, information: 0, other: 1 } }),
  ];
  return modelFrom(
    { registrations, period: { from: '2023-01-01', to: '2023-12-31' }, comparison: withComparison ? { from: '2022-01-01', to: '2022-12-31' } : null, decidedCases },
    'Lyngby-Taarbæk Kommune',
    'Beretning 2023 <udkast> & "noter"',
    locale,
    3,
  );
}

/**
 * Last year's recommendations as loadCarryOver gives them: three, two addressed to CBAK, one to CSO, one general;
 * one implemented, one partly, one still open. Shares: CBAK 1 of 2, CSO 0 of 1, all 1 of 3.
 */
export function previousYear(): CarryOver {
  const cbak = { id: 'u-cbak', name: 'CBAK' };
  const cso = { id: 'u-cso', name: 'CSO <Ældre>' };
  return {
    previousReport: { id: 'r-2018', title: 'Beretning 2018', period: { from: '2018-01-01', to: '2018-12-31' } },
    recommendations: [
      {
        id: 'rec-1',
        title: 'Aktindsigt til tiden',
        text: 'Svar på aktindsigt inden for 7 dage.',
        status: 'implemented',
        orgUnits: [cbak],
        followUps: [{ orgUnitId: cbak.id, orgUnitName: cbak.name, text: 'Centret har indført en frist på 7 dage & en tjekliste.' }],
      },
      {
        id: 'rec-2',
        title: 'Partshøring før afgørelse',
        text: 'Hør borgeren før der træffes afgørelse.',
        status: 'partly_implemented',
        orgUnits: [cbak, cso],
        followUps: [{ orgUnitId: cso.id, orgUnitName: cso.name, text: 'Skabelonen er opdateret.\nUndervisning følger i foråret.' }],
      },
      { id: 'rec-3', title: 'Klar vejledning om klageadgang', text: 'Alle afgørelser skal have klagevejledning.', status: 'open', orgUnits: [], followUps: [] },
    ],
    tenant: { total: 3, implemented: 1, partlyImplemented: 1, share: 1 / 3 },
    departments: [
      { orgUnitId: cbak.id, orgUnitName: cbak.name, total: 2, implemented: 1, partlyImplemented: 1, share: 1 / 2 },
      { orgUnitId: cso.id, orgUnitName: cso.name, total: 1, implemented: 0, partlyImplemented: 1, share: 0 },
    ],
  };
}

/** A department's text with Danish letters, quotes, markup and line breaks, to come out exactly as typed. */
export const TYPED_FOLLOW_UP = 'Myndighed inviterer borgerrådgiveren til personalemøde.\nVi tester "visuelt materiale" <script>alert(1)</script> & æøå ÆØÅ.';

/** Norddjurs' follow-up note on a report: four departments in tree order, one answering two recommendations, one silent. */
export function norddjursNote(): FollowUpNoteModel {
  const entry = (recommendationTitle: string, text: string) => ({ recommendationTitle, text, proposedStatus: null, writtenAt: '2024-09-01T10:00:00.000Z' });
  return {
    tenantName: 'Norddjurs Kommune',
    reportTitle: 'Borgerrådgiverens beretning 2023',
    period: { from: '2023-01-01', to: '2023-12-31' },
    intro: 'Beretningen bygger på henvendelserne i 2023.\nFagområderne har læst den.\n\nTabellen viser eksempler på opfølgning og læring.',
    rows: [
      { orgUnitId: 'u-bf', orgUnitName: 'Børne- og Familieområdet', entries: [entry('Inddrag borgeren', 'Møde med borgerrådgiveren i efteråret; chef, aftaleholder og jurist deltager.')] },
      { orgUnitId: 'u-soc', orgUnitName: 'Socialområdet', entries: [entry('Inddrag borgeren', TYPED_FOLLOW_UP), entry('Tydelige sagsforløb', 'Et visuelt sagsforløb udleveres ved første møde.')] },
      { orgUnitId: 'u-bs', orgUnitName: 'Borgerservice', entries: [] },
      { orgUnitId: 'u-am', orgUnitName: 'Arbejdsmarkedsafdelingen', entries: [entry('Tydelige sagsforløb', 'Kursus i skriftlighed rulles ud til hele afdelingen.')] },
    ],
  };
}
