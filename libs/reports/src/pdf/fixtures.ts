/* Test fixtures for the PDF's layout: a report the size of Lyngby-Taarbæk's 2023 report, with a table longer than a page. */
import type { CarriedRecommendation } from '@raadgiver/domain';
import type { ReportDocumentModel } from '../model';
import { smallModel } from '../test-fixtures';

/** Six paragraphs of advisor's prose per section, as tools/bench/report-documents.ts has. */
const PROSE = 'Borgerrådgiveren har i året modtaget henvendelser om sagsbehandlingstid, vejledning og partshøring.\n\n'.repeat(6);

/** How many of last year's recommendations the long carry-over table has: more than a page holds. */
export const LONG_TABLE_ROWS = 40;

function carried(n: number): CarriedRecommendation {
  const unit = { id: 'u-csi', name: 'Center for Social Indsats' };
  return {
    id: `rec-${n}`,
    title: `Anbefaling nr. ${n}`,
    text: 'Svar borgeren inden for fristen.',
    status: n % 3 === 0 ? 'implemented' : 'partly_implemented',
    orgUnits: [unit],
    followUps: [{ orgUnitId: unit.id, orgUnitName: unit.name, text: 'Centret har indført faste koordineringsmøder og en tjekliste til sagsbehandlerne.' }],
  };
}

/**
 * A synthetic report of Lyngby-Taarbæk's size: the small fixture's figures (Lyngby-Taarbæk 2023 against 2022), prose in
 * every section, four recommendations and a carry-over table of LONG_TABLE_ROWS rows, each titled "Anbefaling nr. N".
 */
export function lyngbySizedModel(): ReportDocumentModel {
  const model = smallModel();
  return {
    ...model,
    title: 'Borgerrådgiverens beretning 2023',
    advisorName: 'Anne Jensen',
    sections: { foreword: PROSE, themes: PROSE, examples: PROSE },
    recommendations: [1, 2, 3, 4].map((n) => ({ title: `Anbefaling ${n}`, text: PROSE, orgUnitNames: [] })),
    previousRecommendations: Array.from({ length: LONG_TABLE_ROWS }, (_, i) => carried(i + 1)),
  };
}
