import type { InquiryKind, RecommendationStatus, ResponseDayRule } from '@raadgiver/domain';
import type { ReportLocale } from './model';

export interface ReportLabels {
  /** The language's BCP 47 tag, for the documents' language metadata (Word's proofing and hyphenation language). */
  languageTag: string;
  period: string;
  /** Before the advisor's name on the cover. */
  advisor: string;
  contents: string;
  /** The running footer: "Side 3 af 12". */
  pageOf: (page: number, pages: number) => string;
  counting: {
    heading: string;
    registration: string;
    citizens: string;
    followUp: string;
    complaint: string;
    folded: (threshold: string, categories: string, outcomes: string) => string;
    responseTime: (rule: ResponseDayRule, firstContactDays: number, closeDays: number) => string;
    percentile: (percentile: number) => string;
    rounding: string;
    unitsFollowed: string;
    unitChange: (name: string, formerNames: string[]) => string;
    renamed: (kind: 'category' | 'outcome', from: string, to: string, on: string) => string;
  };
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
  /** The spreadsheet's column of a unit's former names. */
  formerNames: string;
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
    /** How each figure is counted: the report's counting notes. */
    about: string;
  };
  /** The overview sheet's rows with the periods' first and last day. */
  periodStart: string;
  periodEnd: string;
  /** Excel's number format for those dates, as the documents write dates. */
  dateFormat: string;
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
  languageTag: 'da-DK',
  period: 'Periode',
  advisor: 'Borgerrådgiver',
  contents: 'Indhold',
  pageOf: (page, pages) => `Side ${page} af ${pages}`,
  counting: {
    heading: 'Sådan er tallene opgjort',
    registration: 'En henvendelse tælles i den periode, den er modtaget i. Hver registrering tæller én gang.',
    citizens: 'Antallet af borgere tæller hver borger én gang, også når borgeren har henvendt sig flere gange.',
    followUp: 'En følgesag er en henvendelse, der bygger på en tidligere sag hos borgerrådgiveren; de øvrige henvendelser er hovedsager.',
    complaint: 'Et klageforhold er en henvendelse af typen klage. Et klageforhold kan have flere klagetyper og tæller da med under hver af dem; andelene er af alle klageforhold.',
    folded: (threshold, categories, outcomes) =>
      `Klagetyper og udfald med færre end ${threshold} klageforhold i perioden er samlet under "Øvrige": i år ${categories} ${categories === '1' ? 'klagetype' : 'klagetyper'} og ${outcomes} udfald.`,
    responseTime: (rule, firstContactDays, closeDays) =>
      `Svartiden er antal ${rule === 'calendar' ? 'kalenderdage' : 'dage'} fra modtagelsen til første kontakt og til afslutningen; henvendelser, hvor trinnet ikke er nået, tæller ikke med. Målet er ${firstContactDays} dage til første kontakt og ${closeDays} dage til afslutning.`,
    percentile: (percentile) =>
      `Medianen er den midterste svartid (gennemsnittet af de to midterste ved et lige antal). ${percentile} %-fraktilen er den korteste svartid, som mindst ${percentile} % af de målte ligger på eller under.`,
    rounding: 'Andele i teksten er afrundet til hele procent, i tabellerne til én decimal.',
    unitsFollowed: 'Enheder, der har skiftet navn eller er lagt sammen, tælles under den enhed, de hører til i dag:',
    unitChange: (name, formerNames) => `${name}, tidligere ${formerNames.join(', ')}`,
    renamed: (kind, from, to, on) => `${kind === 'category' ? 'Klagetypen' : 'Udfaldet'} "${from}" blev omdøbt til "${to}" den ${on}; tallene står under det nye navn.`,
  },
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
  formerNames: 'Tidligere navne',
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
    about: 'Om tallene',
  },
  periodStart: 'Første dag',
  periodEnd: 'Sidste dag',
  dateFormat: 'd.m.yyyy',
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
  languageTag: 'en-GB',
  period: 'Period',
  advisor: "Citizens' advisor",
  contents: 'Contents',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  counting: {
    heading: 'How the figures are counted',
    registration: 'An inquiry counts in the period it was received in. Each registration counts once.',
    citizens: 'The number of citizens counts each citizen once, also when they contacted the advisor several times.',
    followUp: "A follow-up case builds on an earlier case of the advisor's; the other inquiries are main cases.",
    complaint: 'A complaint is an inquiry of the kind complaint. A complaint can have several categories and then counts under each; shares are of all complaints.',
    folded: (threshold, categories, outcomes) =>
      `Categories and outcomes with fewer than ${threshold} complaints in the period are folded into "Other": this year ${categories} ${categories === '1' ? 'category' : 'categories'} and ${outcomes} ${outcomes === '1' ? 'outcome' : 'outcomes'}.`,
    responseTime: (rule, firstContactDays, closeDays) =>
      `The response time is the number of ${rule === 'calendar' ? 'calendar days' : 'days'} from receipt to first contact and to close; inquiries that have not reached the step do not count. The target is ${firstContactDays} days to first contact and ${closeDays} days to close.`,
    percentile: (percentile) =>
      `The median is the middle response time (the mean of the two middle ones for an even count). The ${percentile}th percentile is the shortest response time that at least ${percentile}% of those measured are at or below.`,
    rounding: 'Shares in the text are rounded to whole per cent, in the tables to one decimal.',
    unitsFollowed: 'Units that were renamed or merged count under the unit they belong to today:',
    unitChange: (name, formerNames) => `${name}, formerly ${formerNames.join(', ')}`,
    renamed: (kind, from, to, on) => `The ${kind === 'category' ? 'category' : 'outcome'} "${from}" was renamed "${to}" on ${on}; its figures are under the new name.`,
  },
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
  formerNames: 'Former names',
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
    about: 'About the figures',
  },
  periodStart: 'First day',
  periodEnd: 'Last day',
  dateFormat: 'yyyy-mm-dd',
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
