/* Test fixtures for the PDF's layout: a report the size of Lyngby-Taarbæk's 2023 report, with a table longer than a page. */
import { crc32, deflateSync } from 'node:zlib';
import type { CarriedRecommendation } from '@raadgiver/domain';
import type { Logo, ReportDocumentModel } from '../model';
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

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, checksum]);
}

/** A black rectangle as an 8-bit greyscale PNG: a logo whose drawn size shows on the rendered page. */
export function blackLogo(width: number, height: number): Logo {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth; colour type 0 (grey), compression, filter and interlace 0
  // Each row: filter type 0, then one zero (black) byte per pixel.
  const pixels = Buffer.alloc((width + 1) * height);
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(pixels)), pngChunk('IEND', Buffer.alloc(0))]);
  return { png, width, height };
}
