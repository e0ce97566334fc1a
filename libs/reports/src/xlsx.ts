import ExcelJS from 'exceljs';
import type { Compared, ComplianceShare, CountWithShare, FoldedCounts, Fraction, ResponseTimeFigures } from '@raadgiver/domain';
import { chartRows } from './charts';
import { formatPeriod } from './format';
import { labelsFor } from './labels';
import type { ReportDocumentModel } from './model';

const SHARE_FORMAT = '0.0%';

/** A share as the number Excel shows as per cent (0.786 → 78.6 %); 0 of nothing is 0. */
const ratio = (share: Fraction | null): number | null => (share === null ? null : share.denominator === 0 ? 0 : share.numerator / share.denominator);

function sheet(book: ExcelJS.Workbook, name: string, header: string[], shareColumns: number[] = []): ExcelJS.Worksheet {
  const ws = book.addWorksheet(name);
  ws.addRow(header).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns.forEach((column, i) => {
    column.width = i === 0 ? 48 : 16;
  });
  for (const column of shareColumns) ws.getColumn(column).numFmt = SHARE_FORMAT;
  return ws;
}

const countRow = (label: string, value: Compared<number>) => [label, value.current, value.comparison];
const shareRow = (label: string, value: CountWithShare) => [label, value.count.current, value.count.comparison, ratio(value.share.current), ratio(value.share.comparison)];

/**
 * Every figure and the rows behind each chart, numbers as numbers (shares as fractions formatted as per cent).
 * Sheets: overview, kinds, complaint categories, outcomes, units, response times, recommendations, previous ones and,
 * with the carry-over, the share implemented per department.
 */
export async function renderXlsx(model: ReportDocumentModel): Promise<Buffer> {
  const { figures, locale } = model;
  const l = labelsFor(locale);
  const book = new ExcelJS.Workbook();
  book.creator = model.tenantName;
  book.title = model.title;
  book.created = new Date(`${model.period.to}T00:00:00Z`);
  book.modified = book.created;

  const periodHeader = [l.figure, `${l.currentPeriod} ${formatPeriod(model.period, locale)}`, model.comparisonPeriod ? `${l.comparisonPeriod} ${formatPeriod(model.comparisonPeriod, locale)}` : l.comparisonPeriod];
  const overview = sheet(book, l.sheets.overview, periodHeader);
  overview.addRows([
    countRow(l.citizensLabel, figures.citizens),
    countRow(l.registrationsLabel, figures.registrations),
    countRow(l.mainCases, figures.mainCases),
    countRow(l.followUps, figures.followUps),
    countRow(l.complaintMainCases, figures.complaintMainCases),
    countRow(l.complaintFollowUps, figures.complaintFollowUps),
  ]);

  const shareHeader = (first: string) => [first, `${l.count} (${l.currentPeriod.toLowerCase()})`, `${l.count} (${l.comparison.toLowerCase()})`, `${l.share} (${l.currentPeriod.toLowerCase()})`, `${l.share} (${l.comparison.toLowerCase()})`];

  const kinds = sheet(book, l.sheets.kinds, shareHeader(l.kind), [4, 5]);
  kinds.addRows(figures.kinds.map((k) => shareRow(l.kinds[k.kind], k)));

  const folded = (name: string, counts: FoldedCounts) => {
    const ws = sheet(book, name, [...shareHeader(l.name), l.foldedEntries], [4, 5]);
    ws.addRows(counts.rows.map((row) => shareRow(row.name, row)));
    const otherLabel = chartRows(counts, locale).find((_, i) => i === counts.rows.length)?.label;
    if (otherLabel) ws.addRow([...shareRow(otherLabel, counts.other), counts.other.foldedEntries.current]);
    ws.addRow([]);
    ws.addRow(countRow(l.categoryTotal, counts.total));
    ws.addRow(countRow(l.categoryBase, counts.base));
  };
  folded(l.sheets.categories, figures.complaintCategories);
  folded(l.sheets.outcomes, figures.complaintOutcomes);

  const comparisonLabel = l.comparison.toLowerCase();
  const units = sheet(
    book,
    l.sheets.units,
    [...shareHeader(l.unit), l.shortName, l.formerly, l.decidedCases, `${l.decidedCases} (${comparisonLabel})`, l.perThousandDecided, `${l.perThousandDecided} (${comparisonLabel})`],
    [4, 5],
  );
  units.addRows(
    figures.orgUnits.topLevel.map((row) => [
      ...shareRow(row.name, row), row.shortName, row.formerNames.join(', '), row.decidedCases.current, row.decidedCases.comparison,
      row.perThousandDecidedCases.current, row.perThousandDecidedCases.comparison,
    ]),
  );
  units.addRow(shareRow(l.withoutUnit, figures.orgUnits.withoutUnit));

  const times = sheet(book, l.sheets.responseTimes, [l.responseStep, l.target, `${l.measured}`, l.median, l.p90, l.withinTargetColumn, `${l.measured} (${l.comparison.toLowerCase()})`, `${l.median} (${l.comparison.toLowerCase()})`, `${l.p90} (${l.comparison.toLowerCase()})`, `${l.withinTargetColumn} (${l.comparison.toLowerCase()})`], [6, 10]);
  const timeRow = (label: string, target: number, value: Compared<ResponseTimeFigures>) => [
    label,
    target,
    value.current.measured,
    value.current.median,
    value.current.p90,
    ratio(value.current.withinTarget),
    value.comparison?.measured ?? null,
    value.comparison?.median ?? null,
    value.comparison?.p90 ?? null,
    ratio(value.comparison?.withinTarget ?? null),
  ];
  times.addRow(timeRow(l.firstContact, figures.targets.firstContactDays, figures.firstContact));
  times.addRow(timeRow(l.close, figures.targets.closeDays, figures.close));

  const recommendations = sheet(book, l.sheets.recommendations, [l.recommendation, l.addressedTo, l.recommendationText]);
  recommendations.addRows(model.recommendations.map((r) => [r.title, r.orgUnitNames.length > 0 ? r.orgUnitNames.join(', ') : l.general, r.text]));
  const previous = sheet(book, l.sheets.previousRecommendations, [l.recommendation, l.addressedTo, l.status, l.followUp]);
  previous.addRows(
    model.previousRecommendations.map((r) => [
      r.title,
      r.orgUnits.length > 0 ? r.orgUnits.map((u) => u.name).join(', ') : l.general,
      l.statuses[r.status],
      r.followUps.length > 0 ? r.followUps.map((f) => `${f.orgUnitName}: ${f.text}`).join('\n\n') : l.noAnswer,
    ]),
  );
  if (model.carryOver) {
    const compliance = sheet(book, l.sheets.compliance, [l.unit, l.recommendationCount, l.statuses.implemented, l.statuses.partly_implemented, l.shareImplemented], [5]);
    const row = (name: string, share: ComplianceShare) => [name, share.total, share.implemented, share.partlyImplemented, share.share];
    compliance.addRows([...model.carryOver.departments.map((d) => row(d.orgUnitName, d)), row(l.allRecommendations, model.carryOver.tenant)]);
  }

  return Buffer.from(await book.xlsx.writeBuffer());
}
