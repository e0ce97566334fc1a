import type { InquiryKind, RecommendationStatus } from '@raadgiver/domain';
import type { ReportLocale } from './model';

export interface ReportLabels {
  period: string;
  comparisonNote: (period: string) => string;
  foreword: string;
  figures: string;
  citizens: (count: string) => string;
  registrations: (count: string) => string;
  complaints: (count: string, share: string) => string;
  mainAndFollowUps: (main: string, followUps: string) => string;
  otherKinds: string;
  kindLine: (kind: string, count: string, share: string) => string;
  kinds: Record<InquiryKind, string>;
  kindTable: string;
  kind: string;
  count: string;
  comparison: string;
  share: string;
  categoriesChart: string;
  outcomesChart: string;
  other: (registrations: string, entries: string) => string;
  perUnit: string;
  unit: string;
  withoutUnit: string;
  perThousandDecided: string;
  decidedCases: string;
  formerly: string;
  responseTimes: string;
  responseStep: string;
  firstContact: string;
  close: string;
  measured: string;
  median: string;
  p90: string;
  withinTarget: (days: number) => string;
  withinTargetColumn: string;
  daysNote: string;
  themes: string;
  examples: string;
  recommendations: string;
  addressedTo: string;
  general: string;
  noRecommendations: string;
  previousRecommendations: string;
  recommendation: string;
  status: string;
  followUp: string;
  noPreviousRecommendations: string;
  previousReportNote: (title: string, period: string) => string;
  statuses: Record<RecommendationStatus, string>;
  noAnswer: string;
  compliance: string;
  recommendationCount: string;
  shareImplemented: string;
  allRecommendations: string;
  complianceNote: string;
  followUpNote: string;
  department: string;
  followUpExamples: string;
  noDepartments: string;
  sheets: {
    overview: string;
    kinds: string;
    categories: string;
    outcomes: string;
    units: string;
    responseTimes: string;
    recommendations: string;
    previousRecommendations: string;
    compliance: string;
  };
  recommendationText: string;
  figure: string;
  currentPeriod: string;
  comparisonPeriod: string;
  foldedEntries: string;
  name: string;
  shortName: string;
  mainCases: string;
  followUps: string;
  complaintMainCases: string;
  complaintFollowUps: string;
  citizensLabel: string;
  registrationsLabel: string;
  categoryTotal: string;
  categoryBase: string;
  days: string;
  target: string;
}

const DA: ReportLabels = {
  period: 'Periode',
  comparisonNote: (period) => `Tal i parentes er fra sammenligningsperioden ${period}.`,
  foreword: 'Forord',
  figures: 'Talmateriale',
  citizens: (count) => `Borgerrådgiveren har haft henvendelser fra ${count} borgere.`,
  registrations: (count) => `Der er registreret ${count} henvendelser.`,
  complaints: (count, share) => `${count} af henvendelserne er klageforhold, svarende til ${share}.`,
  mainAndFollowUps: (main, followUps) => `${main} er hovedsager, og ${followUps} er følgesager.`,
  otherKinds: 'De øvrige henvendelser fordeler sig således:',
  kindLine: (kind, count, share) => `${kind}: ${count}, svarende til ${share}`,
  kinds: { complaint: 'Klageforhold', guidance: 'Vejledning', wayfinding: 'Vejvisning', information: 'Orientering', other: 'Andet' },
  kindTable: 'Henvendelser fordelt på type',
  kind: 'Type',
  count: 'Antal',
  comparison: 'Sammenligning',
  share: 'Andel',
  categoriesChart: 'Klageforhold fordelt på klagetype',
  outcomesChart: 'Udfald af klageforhold',
  other: (registrations, entries) => `Øvrige (${registrations} i ${entries} ${entries === '1' ? 'type' : 'typer'})`,
  perUnit: 'Henvendelser fordelt på enhed',
  unit: 'Enhed',
  withoutUnit: 'Uden enhed',
  perThousandDecided: 'Pr. 1.000 afgjorte sager',
  decidedCases: 'Afgjorte sager',
  formerly: 'tidligere',
  responseTimes: 'Svartider',
  responseStep: 'Trin',
  firstContact: 'Første kontakt',
  close: 'Afslutning',
  measured: 'Målt',
  median: 'Median (dage)',
  p90: '90 %-fraktil (dage)',
  withinTarget: (days) => `inden for ${days} dage`,
  withinTargetColumn: 'Inden for målet',
  daysNote: 'Dage fra modtagelse til første kontakt og til afslutning.',
  themes: 'Temaer',
  examples: 'Eksempler',
  recommendations: 'Anbefalinger',
  addressedTo: 'Rettet til',
  general: 'Generel anbefaling',
  noRecommendations: 'Beretningen indeholder ingen anbefalinger.',
  previousRecommendations: 'Opfølgning på tidligere anbefalinger',
  recommendation: 'Anbefaling',
  status: 'Status',
  followUp: 'Opfølgning',
  noPreviousRecommendations: 'Der er ingen tidligere anbefalinger.',
  previousReportNote: (title, period) => `Anbefalingerne i ${title} (${period}), med status og fagområdernes opfølgning.`,
  statuses: { open: 'Åben', in_progress: 'I gang', implemented: 'Gennemført', partly_implemented: 'Delvist gennemført', not_taken_up: 'Ikke fulgt' },
  noAnswer: 'Intet svar',
  compliance: 'Andel gennemførte anbefalinger',
  recommendationCount: 'Anbefalinger',
  shareImplemented: 'Andel gennemført',
  allRecommendations: 'Alle anbefalinger',
  complianceNote: 'Andel gennemført = gennemførte anbefalinger af alle anbefalinger; delvist gennemførte tælles ikke med.',
  followUpNote: 'Opfølgningsnotat',
  department: 'Fagområde',
  followUpExamples: 'Eksempler på opfølgning',
  noDepartments: 'Beretningens anbefalinger er ikke rettet til nogen fagområder.',
  sheets: {
    overview: 'Nøgletal',
    kinds: 'Typer',
    categories: 'Klagetyper',
    outcomes: 'Udfald',
    units: 'Enheder',
    responseTimes: 'Svartider',
    recommendations: 'Anbefalinger',
    previousRecommendations: 'Tidligere anbefalinger',
    compliance: 'Andel gennemført',
  },
  recommendationText: 'Tekst',
  figure: 'Nøgletal',
  currentPeriod: 'Perioden',
  comparisonPeriod: 'Sammenligningsperioden',
  foldedEntries: 'Samlede typer',
  name: 'Navn',
  shortName: 'Forkortelse',
  mainCases: 'Hovedsager',
  followUps: 'Følgesager',
  complaintMainCases: 'Klageforhold, hovedsager',
  complaintFollowUps: 'Klageforhold, følgesager',
  citizensLabel: 'Borgere',
  registrationsLabel: 'Henvendelser',
  categoryTotal: 'I alt (en henvendelse kan have flere)',
  categoryBase: 'Grundlag (klageforhold)',
  days: 'dage',
  target: 'Mål (dage)',
};

const EN: ReportLabels = {
  period: 'Period',
  comparisonNote: (period) => `Figures in parentheses are from the comparison period ${period}.`,
  foreword: 'Foreword',
  figures: 'Figures',
  citizens: (count) => `The citizens' advisor was contacted by ${count} citizens.`,
  registrations: (count) => `${count} inquiries were registered.`,
  complaints: (count, share) => `${count} of the inquiries were complaints, ${share}.`,
  mainAndFollowUps: (main, followUps) => `${main} were main cases and ${followUps} follow-up cases.`,
  otherKinds: 'The other inquiries were:',
  kindLine: (kind, count, share) => `${kind}: ${count}, ${share}`,
  kinds: { complaint: 'Complaints', guidance: 'Guidance', wayfinding: 'Wayfinding', information: 'Information', other: 'Other' },
  kindTable: 'Inquiries by kind',
  kind: 'Kind',
  count: 'Count',
  comparison: 'Comparison',
  share: 'Share',
  categoriesChart: 'Complaints by category',
  outcomesChart: 'Outcomes of complaints',
  other: (registrations, entries) => `Other (${registrations} in ${entries} ${entries === '1' ? 'type' : 'types'})`,
  perUnit: 'Inquiries by unit',
  unit: 'Unit',
  withoutUnit: 'No unit',
  perThousandDecided: 'Per 1,000 decided cases',
  decidedCases: 'Decided cases',
  formerly: 'formerly',
  responseTimes: 'Response times',
  responseStep: 'Step',
  firstContact: 'First contact',
  close: 'Closed',
  measured: 'Measured',
  median: 'Median (days)',
  p90: '90th percentile (days)',
  withinTarget: (days) => `within ${days} days`,
  withinTargetColumn: 'Within target',
  daysNote: 'Days from receipt to first contact and to close.',
  themes: 'Themes',
  examples: 'Examples',
  recommendations: 'Recommendations',
  addressedTo: 'Addressed to',
  general: 'General recommendation',
  noRecommendations: 'The report contains no recommendations.',
  previousRecommendations: 'Follow-up on previous recommendations',
  recommendation: 'Recommendation',
  status: 'Status',
  followUp: 'Follow-up',
  noPreviousRecommendations: 'There are no previous recommendations.',
  previousReportNote: (title, period) => `The recommendations of ${title} (${period}), with their status and the departments' follow-up.`,
  statuses: { open: 'Open', in_progress: 'In progress', implemented: 'Implemented', partly_implemented: 'Partly implemented', not_taken_up: 'Not taken up' },
  noAnswer: 'No answer',
  compliance: 'Share of recommendations implemented',
  recommendationCount: 'Recommendations',
  shareImplemented: 'Share implemented',
  allRecommendations: 'All recommendations',
  complianceNote: 'Share implemented = recommendations implemented out of all recommendations; partly implemented ones are not counted.',
  followUpNote: 'Follow-up note',
  department: 'Department',
  followUpExamples: 'Examples of follow-up',
  noDepartments: "The report's recommendations are not addressed to any department.",
  sheets: {
    overview: 'Key figures',
    kinds: 'Kinds',
    categories: 'Categories',
    outcomes: 'Outcomes',
    units: 'Units',
    responseTimes: 'Response times',
    recommendations: 'Recommendations',
    previousRecommendations: 'Previous recommendations',
    compliance: 'Share implemented',
  },
  recommendationText: 'Text',
  figure: 'Figure',
  currentPeriod: 'Period',
  comparisonPeriod: 'Comparison period',
  foldedEntries: 'Folded types',
  name: 'Name',
  shortName: 'Short name',
  mainCases: 'Main cases',
  followUps: 'Follow-up cases',
  complaintMainCases: 'Complaints, main cases',
  complaintFollowUps: 'Complaints, follow-up cases',
  citizensLabel: 'Citizens',
  registrationsLabel: 'Inquiries',
  categoryTotal: 'Total (an inquiry can have several)',
  categoryBase: 'Base (complaints)',
  days: 'days',
  target: 'Target (days)',
};

export const labelsFor = (locale: ReportLocale): ReportLabels => (locale === 'en' ? EN : DA);
