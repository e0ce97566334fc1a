import { type CarriedRecommendation, type Compared, type ComplianceShare, COUNTING_RULES, type FoldedCounts, type OrgUnitRow, type ResponseTimeFigures } from '@raadgiver/domain';
import { type BarChart, complaintCategoriesChart, complaintOutcomesChart } from './charts';
import { comparedCount, comparedDays, comparedProseShare, comparedRate, comparedTableShare, formatDate, formatInteger, formatPeriod, tableShare } from './format';
import { labelsFor, type ReportLabels } from './labels';
import { type Logo, type ReportDocumentModel, paragraphs } from './model';

/** A paragraph of a table cell; line breaks in the text are kept. */
export interface CellPart {
  text: string;
  style?: 'bold' | 'note';
}

/** A table cell: one paragraph of plain text, or several paragraphs with their own style. */
export type Cell = string | CellPart[];

export const cellParts = (cell: Cell): CellPart[] => (typeof cell === 'string' ? [{ text: cell }] : cell);

/** The document's content, laid out once and drawn by the PDF and the DOCX renderer alike. */
export type Block =
  /** The cover page: the municipality's logo (or its name as a text mark), the title, the period and the advisor. */
  | { type: 'cover'; title: string; tenantName: string; period: string; advisor: string | null; logo: Logo | null }
  /** A title at the top of the first page, for a short document without a cover (the follow-up note). */
  | { type: 'title'; text: string; subtitle: string }
  /** The table of contents: the level 1 and 2 headings that follow, with their page numbers. */
  | { type: 'contents'; heading: string }
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; note?: boolean }
  | { type: 'list'; items: string[] }
  /** Column widths follow the content; `numeric` columns are aligned right. */
  | { type: 'table'; header: string[]; rows: Cell[][]; numeric: boolean[] }
  | { type: 'chart'; chart: BarChart };

/** A chart's alternative text: its title, then every bar's label and value. */
export const chartAltText = (chart: BarChart): string => `${chart.title}: ${chart.rows.map((row) => `${row.label}: ${row.valueLabel}`).join('; ')}.`;

/** A heading followed by its content, or nothing when there is no content: no empty headings. */
const section = (heading: Block, content: Block[]): Block[] => (content.length > 0 ? [heading, ...content] : []);

function unitName(row: OrgUnitRow, formerly: string): string {
  const name = row.shortName ? `${row.name} (${row.shortName})` : row.name;
  return row.formerNames.length > 0 ? `${name}; ${formerly}: ${row.formerNames.join(', ')}` : name;
}

function responseRow(label: string, figures: Compared<ResponseTimeFigures>, locale: ReportDocumentModel['locale']): string[] {
  const { current, comparison } = figures;
  return [
    label,
    comparedCount({ current: current.measured, comparison: comparison?.measured ?? null }, locale),
    comparedDays(current.median, comparison === null ? undefined : comparison.median, locale),
    comparedDays(current.p90, comparison === null ? undefined : comparison.p90, locale),
    comparedTableShare({ current: current.withinTarget, comparison: comparison?.withinTarget ?? null }, locale),
  ];
}

export const prose = (text: string): Block[] => paragraphs(text).map((p) => ({ type: 'paragraph', text: p }));

/** Each department's follow-up: the department's name, then its text as typed. */
function followUpCell(recommendation: CarriedRecommendation, l: ReportLabels): Cell {
  if (recommendation.followUps.length === 0) return [{ text: l.noAnswer, style: 'note' }];
  return recommendation.followUps.flatMap((followUp): CellPart[] => [{ text: followUp.orgUnitName, style: 'bold' }, { text: followUp.text }]);
}

function complianceRow(name: string, share: ComplianceShare, locale: ReportDocumentModel['locale']): string[] {
  return [
    name,
    String(share.total),
    String(share.implemented),
    String(share.partlyImplemented),
    share.share === null ? '–' : tableShare({ numerator: share.implemented, denominator: share.total }, locale),
  ];
}

/** The previous report's recommendations with status and follow-up, and the share implemented per department. */
function carryOverBlocks(model: ReportDocumentModel): Block[] {
  const { locale, carryOver } = model;
  const l = labelsFor(locale);
  const blocks: Block[] = [{ type: 'heading', level: 1, text: l.previousRecommendations }];
  if (model.previousRecommendations.length === 0) return [...blocks, { type: 'paragraph', text: l.noPreviousRecommendations }];
  if (carryOver?.previousReport) {
    blocks.push({
      type: 'paragraph',
      note: true,
      text: l.previousReportNote(carryOver.previousReport.title, formatPeriod(carryOver.previousReport.period, locale)),
    });
  }
  blocks.push({
    type: 'table',
    header: [l.recommendation, l.addressedTo, l.status, l.followUp],
    rows: model.previousRecommendations.map((r) => [
      r.title,
      r.orgUnits.length > 0 ? r.orgUnits.map((u) => u.name).join(', ') : l.general,
      l.statuses[r.status],
      followUpCell(r, l),
    ]),
    numeric: [false, false, false, false],
  });
  if (carryOver) {
    blocks.push({ type: 'heading', level: 2, text: l.compliance });
    blocks.push({
      type: 'table',
      header: [l.unit, l.recommendationCount, l.statuses.implemented, l.statuses.partly_implemented, l.shareImplemented],
      rows: [
        ...carryOver.departments.map((d) => complianceRow(d.orgUnitName, d, locale)),
        complianceRow(l.allRecommendations, carryOver.tenant, locale),
      ],
      numeric: [false, true, true, true, true],
    });
    blocks.push({ type: 'paragraph', text: l.complianceNote, note: true });
  }
  return blocks;
}

/**
 * "Sådan er tallene opgjort": how each figure is counted, told from the same rules and settings the statistics engine
 * counted with (the fold threshold and response targets are the figures' own, the rules are the engine's), and which
 * units were renamed or merged and which catalogue entries folded. The report lists them, the spreadsheet has a sheet.
 */
export function countingNotes(model: ReportDocumentModel): string[] {
  const { figures, locale } = model;
  const l = labelsFor(locale);
  const folded = (counts: FoldedCounts) => counts.other.foldedEntries.current;
  const changedUnits = figures.orgUnits.topLevel
    .filter((row) => row.formerNames.length > 0)
    .map((row) => l.counting.unitChange(row.name, row.formerNames));
  return [
    l.counting.registration,
    l.counting.citizens,
    l.counting.followUp,
    l.counting.complaint,
    l.counting.folded(formatInteger(figures.foldThreshold, locale), formatInteger(folded(figures.complaintCategories), locale), formatInteger(folded(figures.complaintOutcomes), locale)),
    l.counting.responseTime(COUNTING_RULES.responseDays, figures.targets.firstContactDays, figures.targets.closeDays),
    l.counting.percentile(COUNTING_RULES.percentile),
    l.counting.rounding,
    ...(changedUnits.length > 0 ? [l.counting.unitsFollowed, ...changedUnits] : []),
    ...(model.catalogueRenames ?? []).map((rename) => l.counting.renamed(rename.kind, rename.from, rename.to, formatDate(rename.on, locale))),
  ];
}

export function buildContent(model: ReportDocumentModel): Block[] {
  const { locale, figures } = model;
  const l = labelsFor(locale);
  const complaints = figures.kinds.find((k) => k.kind === 'complaint');
  const others = figures.kinds.filter((k) => k.kind !== 'complaint');
  const blocks: Block[] = [];

  blocks.push({
    type: 'cover',
    title: model.title,
    tenantName: model.tenantName,
    period: `${l.period} ${formatPeriod(model.period, locale)}`,
    advisor: model.advisorName ? `${l.advisor} ${model.advisorName}` : null,
    logo: model.logo ?? null,
  });
  blocks.push({ type: 'contents', heading: l.contents });

  blocks.push(...section({ type: 'heading', level: 1, text: l.foreword }, prose(model.sections.foreword)));

  blocks.push({ type: 'heading', level: 1, text: l.figures });
  if (model.comparisonPeriod) {
    blocks.push({ type: 'paragraph', text: l.comparisonNote(formatPeriod(model.comparisonPeriod, locale)), note: true });
  }
  blocks.push({ type: 'paragraph', text: l.citizens(comparedCount(figures.citizens, locale)) });
  blocks.push({ type: 'paragraph', text: l.registrations(comparedCount(figures.registrations, locale)) });
  if (complaints) {
    blocks.push({ type: 'paragraph', text: l.complaints(comparedCount(complaints.count, locale), comparedProseShare(complaints.share, locale)) });
  }
  blocks.push({ type: 'paragraph', text: l.mainAndFollowUps(comparedCount(figures.mainCases, locale), comparedCount(figures.followUps, locale)) });
  if (others.length > 0) {
    blocks.push({ type: 'paragraph', text: l.otherKinds });
    blocks.push({ type: 'list', items: others.map((kind) => l.kindLine(l.kinds[kind.kind], comparedCount(kind.count, locale), comparedProseShare(kind.share, locale))) });
  }

  blocks.push({ type: 'heading', level: 2, text: l.kindTable });
  blocks.push({
    type: 'table',
    header: [l.kind, l.count, l.share],
    rows: figures.kinds.map((k) => [l.kinds[k.kind], comparedCount(k.count, locale), comparedTableShare(k.share, locale)]),
    numeric: [false, true, true],
  });

  blocks.push({ type: 'heading', level: 2, text: l.categoriesChart });
  blocks.push({ type: 'chart', chart: complaintCategoriesChart(figures.complaintCategories, locale) });
  blocks.push({ type: 'heading', level: 2, text: l.outcomesChart });
  blocks.push({ type: 'chart', chart: complaintOutcomesChart(figures.complaintOutcomes, locale) });

  blocks.push({ type: 'heading', level: 2, text: l.perUnit });
  // Inquiries per 1,000 decided cases, beside each department, once the tenant admin has entered case volumes.
  const withRates = figures.orgUnits.topLevel.some((row) => row.decidedCases.current !== null || row.decidedCases.comparison !== null);
  const hasComparison = figures.comparison !== null;
  const unitRows = figures.orgUnits.topLevel.map((row) => [
    unitName(row, l.formerly),
    comparedCount(row.count, locale),
    comparedTableShare(row.share, locale),
    ...(withRates ? [comparedRate(row.perThousandDecidedCases, locale, hasComparison)] : []),
  ]);
  const without = figures.orgUnits.withoutUnit;
  if (without.count.current > 0 || (without.count.comparison ?? 0) > 0) {
    unitRows.push([l.withoutUnit, comparedCount(without.count, locale), comparedTableShare(without.share, locale), ...(withRates ? ['–'] : [])]);
  }
  blocks.push({
    type: 'table',
    header: [l.unit, l.count, l.share, ...(withRates ? [l.perThousandDecided] : [])],
    rows: unitRows,
    numeric: [false, true, true, ...(withRates ? [true] : [])],
  });

  blocks.push({ type: 'heading', level: 2, text: l.responseTimes });
  blocks.push({
    type: 'table',
    header: [l.responseStep, l.measured, l.median, l.p90, l.withinTargetColumn],
    rows: [
      responseRow(`${l.firstContact} (${l.withinTarget(figures.targets.firstContactDays)})`, figures.firstContact, locale),
      responseRow(`${l.close} (${l.withinTarget(figures.targets.closeDays)})`, figures.close, locale),
    ],
    numeric: [false, true, true, true, true],
  });
  blocks.push({ type: 'paragraph', text: l.daysNote, note: true });
  blocks.push({ type: 'heading', level: 2, text: l.counting.heading }, { type: 'list', items: countingNotes(model) });

  blocks.push(...section({ type: 'heading', level: 1, text: l.themes }, prose(model.sections.themes)));
  blocks.push(...section({ type: 'heading', level: 1, text: l.examples }, prose(model.sections.examples)));

  blocks.push({ type: 'heading', level: 1, text: l.recommendations });
  if (model.recommendations.length === 0) blocks.push({ type: 'paragraph', text: l.noRecommendations });
  for (const recommendation of model.recommendations) {
    blocks.push({ type: 'heading', level: 2, text: recommendation.title }, ...prose(recommendation.text));
    blocks.push({
      type: 'paragraph',
      note: true,
      text: recommendation.orgUnitNames.length > 0 ? `${l.addressedTo}: ${recommendation.orgUnitNames.join(', ')}` : l.general,
    });
  }

  blocks.push(...carryOverBlocks(model));
  return blocks;
}
