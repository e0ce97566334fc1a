import { readFileSync } from 'node:fs';

/** DejaVu Sans (from the dejavu-fonts-ttf package): covers æøå and far beyond; embedded in the PDF. */
const fontPath = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);

let cache: { regular: Buffer; bold: Buffer } | null = null;

function load() {
  cache ??= { regular: readFileSync(fontPath('DejaVuSans.ttf')), bold: readFileSync(fontPath('DejaVuSans-Bold.ttf')) };
  return cache;
}

export const fontRegular = (): Buffer => load().regular;
export const fontBold = (): Buffer => load().bold;

export const fontFiles = (): string[] => [fontPath('DejaVuSans.ttf'), fontPath('DejaVuSans-Bold.ttf')];
