import { Resvg } from '@resvg/resvg-js';
import { InvalidInputError, MAX_LOGO_BYTES } from '@raadgiver/domain';

/** The largest picture accepted, per side; decoding a bigger one would cost memory for a header of 3 rem. */
export const MAX_LOGO_SIDE = 2000;
/** What is stored: enough for the header on a high-density screen, whatever was uploaded. */
const STORED_BOX = { width: 1200, height: 400 };
const ALLOWED = 'PNG, JPEG';
const FIELD = 'logo';

export interface LogoPicture {
  /** Always PNG, made by the encoder here: nothing of the upload is served as it came. */
  png: Buffer;
  width: number;
  height: number;
}

interface Header {
  type: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG's size from its first chunk, which must be IHDR (PNG spec 5.2). */
function pngHeader(content: Buffer): Header | null {
  if (content.length < 24 || !content.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (content.readUInt32BE(8) !== 13 || content.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { type: 'image/png', width: content.readUInt32BE(16), height: content.readUInt32BE(20) };
}

/** A JPEG's size from its start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC), walking the segments before it. */
function jpegHeader(content: Buffer): Header | null {
  if (content.length < 4 || content[0] !== 0xff || content[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < content.length) {
    if (content[at] !== 0xff) return null;
    const marker = content[at + 1];
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = content.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'image/jpeg', height: content.readUInt16BE(at + 5), width: content.readUInt16BE(at + 7) };
    }
    if (marker === 0xd9 || marker === 0xda || length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/** The scale that fits the picture into the stored box, never enlarging it. */
function fittedSize({ width, height }: Header): { width: number; height: number } {
  const scale = Math.min(1, STORED_BOX.width / width, STORED_BOX.height / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Checks an uploaded logo by its content, never its name or declared type: a PNG or JPEG (magic bytes and header) of
 * at most 1 MB and 2000 × 2000 pixels that decodes. It is drawn afresh into a PNG (resvg's decoders and encoder, the
 * picture scaled into the header's box), so metadata, trailing bytes and anything else of the upload are left behind.
 * SVG and everything else is refused, each with a Danish message naming the logo.
 */
export function checkLogo(content: Buffer | undefined): LogoPicture {
  if (!content || content.length === 0) throw InvalidInputError.of(FIELD, 'file_required', { allowed: ALLOWED });
  if (content.length > MAX_LOGO_BYTES) throw InvalidInputError.of(FIELD, 'image_too_large', { megabytes: MAX_LOGO_BYTES / (1024 * 1024) });
  const header = pngHeader(content) ?? jpegHeader(content);
  if (!header) throw InvalidInputError.of(FIELD, 'image_wrong_type', { allowed: ALLOWED });
  if (header.width < 1 || header.height < 1) throw InvalidInputError.of(FIELD, 'image_unreadable', { allowed: ALLOWED });
  if (header.width > MAX_LOGO_SIDE || header.height > MAX_LOGO_SIDE) throw InvalidInputError.of(FIELD, 'image_too_many_pixels', { max: MAX_LOGO_SIDE });

  const size = fittedSize(header);
  // The only href is the upload itself as a data URI: the renderer reads no file and no URL.
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">` +
    `<image width="${size.width}" height="${size.height}" preserveAspectRatio="none" href="data:${header.type};base64,${content.toString('base64')}"/></svg>`;
  let rendered;
  try {
    rendered = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  } catch {
    throw InvalidInputError.of(FIELD, 'image_unreadable', { allowed: ALLOWED });
  }
  // A picture the decoder cannot read is left out of the drawing, which stays fully transparent.
  if (!hasVisiblePixel(rendered.pixels)) throw InvalidInputError.of(FIELD, 'image_unreadable', { allowed: ALLOWED });
  return { png: Buffer.from(rendered.asPng()), width: rendered.width, height: rendered.height };
}

function hasVisiblePixel(rgba: Buffer): boolean {
  for (let alpha = 3; alpha < rgba.length; alpha += 4) if (rgba[alpha] !== 0) return true;
  return false;
}
