import type { CarriedRecommendation, Compared, ComplianceShare, OrgUnitRow, ResponseTimeFigures } from '@raadgiver/domain';
import { type BarChart, complaintCategoriesChart, complaintOutcomesChart } from './charts';
import { comparedCount, comparedDays, comparedProseShare, comparedRate, comparedTableShare, formatPeriod, tableShare } from './format';
import { labelsFor, type ReportLabels } from './labels';
import { type ReportDocumentModel, paragraphs } from './model';

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
  | { type: 'title'; text: string; subtitle: string; /** A cover page of its own (default), or at the top of the first page. */ cover?: boolean }
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; text: string; note?: boolean }
  | { type: 'bullet'; text: string }
  | { type: 'table'; header: string[]; rows: Cell[][]; numeric: boolean[]; widths: number[] }
  | { type: 'chart'; chart: BarChart };

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
    widths: [2, 1.3, 1.1, 3.4],
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
      widths: [2.6, 1.2, 1.2, 1.3, 1.2],
    });
    blocks.push({ type: 'paragraph', text: l.complianceNote, note: true });
  }
  return blocks;
}

export function buildContent(model: ReportDocumentModel): Block[] {
  const { locale, figures } = model;
  const l = labelsFor(locale);
  const complaints = figures.kinds.find((k) => k.kind === 'complaint');
  const others = figures.kinds.filter((k) => k.kind !== 'complaint');
  const blocks: Block[] = [];

  const subtitle = `${model.tenantName} · ${l.period} ${formatPeriod(model.period, locale)}`;
  blocks.push({ type: 'title', text: model.title, subtitle });

  blocks.push({ type: 'heading', level: 1, text: l.foreword }, ...prose(model.sections.foreword));

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
  blocks.push({ type: 'paragraph', text: l.otherKinds });
  for (const kind of others) {
    blocks.push({ type: 'bullet', text: l.kindLine(l.kinds[kind.kind], comparedCount(kind.count, locale), comparedProseShare(kind.share, locale)) });
  }

  blocks.push({ type: 'heading', level: 2, text: l.kindTable });
  blocks.push({
    type: 'table',
    header: [l.kind, l.count, l.share],
    rows: figures.kinds.map((k) => [l.kinds[k.kind], comparedCount(k.count, locale), comparedTableShare(k.share, locale)]),
    numeric: [false, true, true],
    widths: [2, 1, 1.4],
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
    String(row.count.current),
    row.count.comparison === null ? '–' : String(row.count.comparison),
    comparedTableShare(row.share, locale),
    ...(withRates ? [comparedRate(row.perThousandDecidedCases, locale, hasComparison)] : []),
  ]);
  const without = figures.orgUnits.withoutUnit;
  if (without.count.current > 0 || (without.count.comparison ?? 0) > 0) {
    unitRows.push([
      l.withoutUnit,
      String(without.count.current),
      without.count.comparison === null ? '–' : String(without.count.comparison),
      comparedTableShare(without.share, locale),
      ...(withRates ? ['–'] : []),
    ]);
  }
  blocks.push({
    type: 'table',
    header: [l.unit, l.count, l.comparison, l.share, ...(withRates ? [l.perThousandDecided] : [])],
    rows: unitRows,
    numeric: [false, true, true, true, ...(withRates ? [true] : [])],
    widths: [3, 0.8, 1.4, 1.6, ...(withRates ? [1.4] : [])],
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
    widths: [2, 1, 1, 1.1, 1.5],
  });
  blocks.push({ type: 'paragraph', text: l.daysNote, note: true });

  if (model.sections.themes.trim() !== '') blocks.push({ type: 'heading', level: 1, text: l.themes }, ...prose(model.sections.themes));
  if (model.sections.examples.trim() !== '') blocks.push({ type: 'heading', level: 1, text: l.examples }, ...prose(model.sections.examples));

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
