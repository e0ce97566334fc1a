import ExcelJS from 'exceljs';
import type { Compared, ComplianceShare, CountWithShare, FoldedCounts, Fraction, ReportPeriod, ResponseTimeFigures } from '@raadgiver/domain';
import { chartRows } from './charts';
import { countingNotes } from './content';
import { formatDate, formatPeriod } from './format';
import { labelsFor, type ReportLabels } from './labels';
import { measureText } from './measure';
import type { ReportDocumentModel, ReportLocale } from './model';

declare module 'exceljs' {
  interface Workbook {
    /** The core properties' dc:language, which exceljs writes but its type declarations leave out. */
    language: string;
  }
}

const SHARE_FORMAT = '0.0%';
/** Column widths in Excel's unit, the width of a digit: at least this, and text wider than the most wraps. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Room for the cell's padding, in digit widths. */
const WIDTH_PADDING = 2;

type Value = string | number | Date | null;

interface SheetSpec {
  name: string;
  header: string[];
  rows: Value[][];
  /** 1-based columns holding shares as fractions, shown as per cent. */
  shareColumns?: number[];
}

/** A share as the number Excel shows as per cent (0.786 → 78.6 %); 0 of nothing is 0. */
const ratio = (share: Fraction | null): number | null => (share === null ? null : share.denominator === 0 ? 0 : share.numerator / share.denominator);

/** A date of the model (YYYY-MM-DD) as the Date exceljs writes as an Excel date of that day. */
const excelDate = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** Text width in digit widths of the sheet's font (measured in DejaVu Sans; only the proportions count). */
const digitWidths = (text: string, bold = false): number => {
  const font = `${bold ? 'bold ' : ''}11px DejaVu Sans`;
  return measureText(text, font).width / measureText('0', font).width;
};

/** A value as Excel shows it, to size its column. */
function shown(value: Value, share: boolean, locale: ReportLocale): string {
  if (value instanceof Date) return formatDate(value.toISOString().slice(0, 10), locale);
  if (typeof value === 'number') return share ? `${(value * 100).toFixed(1)}%` : String(value);
  return value ?? '';
}

/**
 * Each column as wide as its widest value (a header may wrap at its spaces), up to MAX_WIDTH; a column with wider
 * text, or text with line breaks, wraps it. Cells are aligned to the top, so a wrapped text reads beside the start of
 * its row.
 */
function fitColumns(ws: ExcelJS.Worksheet, spec: SheetSpec, locale: ReportLocale): void {
  spec.header.forEach((header, i) => {
    const share = spec.shareColumns?.includes(i + 1) ?? false;
    const texts = spec.rows.map((row) => shown(row[i] ?? null, share, locale));
    const headerWidth = Math.max(...header.split(/\s+/).map((word) => digitWidths(word, true)));
    const widest = Math.max(headerWidth, ...texts.flatMap((text) => text.split('\n')).map((line) => digitWidths(line)));
    const column = ws.getColumn(i + 1);
    column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(widest + WIDTH_PADDING)));
    column.alignment = { vertical: 'top', wrapText: widest > MAX_WIDTH || texts.some((text) => text.includes('\n')) };
  });
  ws.getRow(1).alignment = { vertical: 'bottom', wrapText: true };
}

/**
 * A sheet with a bold header row that stays in view (frozen), numbers as numbers, shares formatted as per cent, dates
 * as Excel dates in the documents' date format, and columns as wide as their content.
 */
function addSheet(book: ExcelJS.Workbook, locale: ReportLocale, spec: SheetSpec): void {
  const { dateFormat } = labelsFor(locale);
  const ws = book.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(spec.header).font = { bold: true };
  ws.addRows(spec.rows);
  fitColumns(ws, spec, locale);
  for (const column of spec.shareColumns ?? []) ws.getColumn(column).numFmt = SHARE_FORMAT;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = dateFormat;
    }),
  );
}

const countRow = (label: string, value: Compared<number>): Value[] => [label, value.current, value.comparison];
const shareRow = (label: string, value: CountWithShare): Value[] => [label, value.count.current, value.count.comparison, ratio(value.share.current), ratio(value.share.comparison)];
const dateRow = (label: string, period: ReportPeriod, comparison: ReportPeriod | null, day: keyof ReportPeriod): Value[] => [
  label,
  excelDate(period[day]),
  comparison ? excelDate(comparison[day]) : null,
];

/** The catalogue rows behind a chart, "other" with how many entries it folded, then the total and the base. */
function foldedRows(counts: FoldedCounts, locale: ReportLocale, l: ReportLabels): Value[][] {
  const rows = counts.rows.map((row) => shareRow(row.name, row));
  const other = chartRows(counts, locale)[counts.rows.length];
  if (other) rows.push([...shareRow(other.label, counts.other), counts.other.foldedEntries.current]);
  return [...rows, [], countRow(l.categoryTotal, counts.total), countRow(l.categoryBase, counts.base)];
}

function timeRow(label: string, target: number, value: Compared<ResponseTimeFigures>): Value[] {
  const { current, comparison } = value;
  return [
    label,
    target,
    current.measured,
    current.median,
    current.p90,
    ratio(current.withinTarget),
    comparison?.measured ?? null,
    comparison?.median ?? null,
    comparison?.p90 ?? null,
    ratio(comparison?.withinTarget ?? null),
  ];
}

/** The report's sheets: every table of the report and the rows behind each chart, then how the figures are counted. */
function sheets(model: ReportDocumentModel): SheetSpec[] {
  const { figures, locale } = model;
  const l = labelsFor(locale);
  const current = l.currentPeriod.toLowerCase();
  const comparison = l.comparison.toLowerCase();
  const shareHeader = (first: string) => [first, `${l.count} (${current})`, `${l.count} (${comparison})`, `${l.share} (${current})`, `${l.share} (${comparison})`];
  const inComparison = (label: string) => `${label} (${comparison})`;
  const addressedTo = (names: string[]) => (names.length > 0 ? names.join(', ') : l.general);
  const compliance = (name: string, share: ComplianceShare): Value[] => [name, share.total, share.implemented, share.partlyImplemented, share.share];
  return [
    {
      name: l.sheets.overview,
      header: [
        l.figure,
        `${l.currentPeriod} ${formatPeriod(model.period, locale)}`,
        model.comparisonPeriod ? `${l.comparisonPeriod} ${formatPeriod(model.comparisonPeriod, locale)}` : l.comparisonPeriod,
      ],
      rows: [
        dateRow(l.periodStart, model.period, model.comparisonPeriod, 'from'),
        dateRow(l.periodEnd, model.period, model.comparisonPeriod, 'to'),
        countRow(l.citizensLabel, figures.citizens),
        countRow(l.registrationsLabel, figures.registrations),
        countRow(l.mainCases, figures.mainCases),
        countRow(l.followUps, figures.followUps),
        countRow(l.complaintMainCases, figures.complaintMainCases),
        countRow(l.complaintFollowUps, figures.complaintFollowUps),
      ],
    },
    { name: l.sheets.kinds, header: shareHeader(l.kind), rows: figures.kinds.map((k) => shareRow(l.kinds[k.kind], k)), shareColumns: [4, 5] },
    { name: l.sheets.categories, header: [...shareHeader(l.name), l.foldedEntries], rows: foldedRows(figures.complaintCategories, locale, l), shareColumns: [4, 5] },
    { name: l.sheets.outcomes, header: [...shareHeader(l.name), l.foldedEntries], rows: foldedRows(figures.complaintOutcomes, locale, l), shareColumns: [4, 5] },
    {
      name: l.sheets.units,
      header: [...shareHeader(l.unit), l.shortName, l.formerNames, l.decidedCases, inComparison(l.decidedCases), l.perThousandDecided, inComparison(l.perThousandDecided)],
      rows: [
        ...figures.orgUnits.topLevel.map((row) => [
          ...shareRow(row.name, row),
          row.shortName,
          row.formerNames.join(', '),
          row.decidedCases.current,
          row.decidedCases.comparison,
          row.perThousandDecidedCases.current,
          row.perThousandDecidedCases.comparison,
        ]),
        shareRow(l.withoutUnit, figures.orgUnits.withoutUnit),
      ],
      shareColumns: [4, 5],
    },
    {
      name: l.sheets.responseTimes,
      header: [l.responseStep, l.target, l.measured, l.median, l.p90, l.withinTargetColumn, ...[l.measured, l.median, l.p90, l.withinTargetColumn].map(inComparison)],
      rows: [timeRow(l.firstContact, figures.targets.firstContactDays, figures.firstContact), timeRow(l.close, figures.targets.closeDays, figures.close)],
      shareColumns: [6, 10],
    },
    {
      name: l.sheets.recommendations,
      header: [l.recommendation, l.addressedTo, l.recommendationText],
      rows: model.recommendations.map((r) => [r.title, addressedTo(r.orgUnitNames), r.text]),
    },
    {
      name: l.sheets.previousRecommendations,
      header: [l.recommendation, l.addressedTo, l.status, l.followUp],
      rows: model.previousRecommendations.map((r) => [
        r.title,
        addressedTo(r.orgUnits.map((u) => u.name)),
        l.statuses[r.status],
        r.followUps.length > 0 ? r.followUps.map((f) => `${f.orgUnitName}: ${f.text}`).join('\n\n') : l.noAnswer,
      ]),
    },
    ...(model.carryOver
      ? [
          {
            name: l.sheets.compliance,
            header: [l.unit, l.recommendationCount, l.statuses.implemented, l.statuses.partly_implemented, l.shareImplemented],
            rows: [...model.carryOver.departments.map((d) => compliance(d.orgUnitName, d)), compliance(l.allRecommendations, model.carryOver.tenant)],
            shareColumns: [5],
          },
        ]
      : []),
    { name: l.sheets.about, header: [l.counting.heading], rows: countingNotes(model).map((note) => [note]) },
  ];
}

/**
 * Every figure and the rows behind each chart, numbers as numbers (shares as fractions formatted as per cent), the
 * periods' days as dates, and a sheet on how the figures are counted, with the report's words.
 */
export async function renderXlsx(model: ReportDocumentModel): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = model.tenantName;
  book.lastModifiedBy = model.tenantName;
  book.title = model.title;
  book.language = labelsFor(model.locale).languageTag;
  book.created = excelDate(model.period.to);
  book.modified = book.created;
  for (const spec of sheets(model)) addSheet(book, model.locale, spec);
  return Buffer.from(await book.xlsx.writeBuffer());
}
