import type { FollowUpNoteModel, FollowUpNoteRow } from '@raadgiver/domain';
import { type Block, type Cell, type CellPart, prose } from './content';
import { docxOfBlocks } from './docx';
import { formatPeriod } from './format';
import { labelsFor, type ReportLabels } from './labels';
import type { DocumentInfo, ReportLocale } from './model';
import { pdfOfBlocks } from './pdf';

/** A department's answers: the text alone, or, for several recommendations, each recommendation's title then its text. */
function answersCell(row: FollowUpNoteRow, l: ReportLabels): Cell {
  if (row.entries.length === 0) return [{ text: l.noAnswer, style: 'note' }];
  if (row.entries.length === 1) return [{ text: row.entries[0].text }];
  return row.entries.flatMap((entry): CellPart[] => [{ text: entry.recommendationTitle, style: 'bold' }, { text: entry.text }]);
}

/**
 * The follow-up note (opfølgningsnotat) in the Norddjurs form: a title, the municipality's introduction, and a table
 * with one row per department in the model's order, "no answer" where a department wrote nothing.
 */
export function buildFollowUpNoteContent(model: FollowUpNoteModel, locale: ReportLocale = 'da'): Block[] {
  const l = labelsFor(locale);
  const blocks: Block[] = [
    {
      type: 'title',
      text: `${l.followUpNote}: ${model.reportTitle}`,
      subtitle: `${model.tenantName} · ${l.period} ${formatPeriod(model.period, locale)}`,
    },
    ...prose(model.intro),
  ];
  if (model.rows.length === 0) return [...blocks, { type: 'paragraph', text: l.noDepartments }];
  blocks.push({
    type: 'table',
    header: [l.department, l.followUpExamples],
    rows: model.rows.map((row) => [row.orgUnitName, answersCell(row, l)]),
    numeric: [false, false],
  });
  return blocks;
}

const infoOf = (model: FollowUpNoteModel, locale: ReportLocale): DocumentInfo => {
  const title = `${labelsFor(locale).followUpNote}: ${model.reportTitle}`;
  return { title, author: model.tenantName, locale, date: model.period.to, runningHeader: `${model.tenantName} · ${title}` };
};

/** The follow-up note as PDF, drawn like the annual report (DejaVu Sans embedded). */
export function renderFollowUpNotePdf(model: FollowUpNoteModel, locale: ReportLocale = 'da'): Promise<Buffer> {
  return pdfOfBlocks(buildFollowUpNoteContent(model, locale), infoOf(model, locale));
}

/** The follow-up note as DOCX, for the municipality to edit before it goes to the council. */
export function renderFollowUpNoteDocx(model: FollowUpNoteModel, locale: ReportLocale = 'da'): Promise<Buffer> {
  return docxOfBlocks(buildFollowUpNoteContent(model, locale), infoOf(model, locale));
}
