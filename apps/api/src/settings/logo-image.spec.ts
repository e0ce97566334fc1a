import { InvalidInputError } from '@raadgiver/domain';
import { JPEG_PICTURE, pngPicture } from '../testing/pictures';
import { MAX_LOGO_BYTES } from '@raadgiver/domain';
import { checkLogo } from './logo-image';

/** The catalogue code checkLogo refused with, at the logo field. */
function refusal(content: Buffer | undefined): string {
  try {
    checkLogo(content);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    expect(error.problems.map((problem) => problem.path)).toEqual(['logo']);
    return error.problems[0].code;
  }
  throw new Error('accepted');
}

describe('checkLogo', () => {
  it('re-encodes a PNG and a JPEG to a PNG of the same size', () => {
    for (const [content, width, height] of [[pngPicture(40, 20), 40, 20], [JPEG_PICTURE, 48, 24]] as const) {
      const logo = checkLogo(content);
      expect(logo.png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([logo.width, logo.height, logo.png.readUInt32BE(16), logo.png.readUInt32BE(20)]).toEqual([width, height, width, height]);
    }
  });

  it('keeps nothing of the upload but its pixels: bytes after a PNG or a JPEG are left behind', () => {
    for (const picture of [pngPicture(40, 20), JPEG_PICTURE]) {
      const logo = checkLogo(Buffer.concat([picture, Buffer.from('<script>alert(1)</script>')]));
      expect(logo.png.includes('<script>')).toBe(false);
    }
  });

  it('refuses what is not a PNG or JPEG by its content, a broken picture, too many pixels or bytes, and nothing', () => {
    expect(refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('image_wrong_type');
    expect(refusal(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('image_wrong_type');
    expect(refusal(Buffer.concat([JPEG_PICTURE.subarray(0, 2), Buffer.alloc(40, 0x11)]))).toBe('image_wrong_type');
    expect(refusal(Buffer.concat([pngPicture().subarray(0, 33), Buffer.alloc(100)]))).toBe('image_unreadable');
    expect(refusal(pngPicture(10, 2001))).toBe('image_too_many_pixels');
    expect(refusal(Buffer.alloc(MAX_LOGO_BYTES + 1))).toBe('image_too_large');
    expect(refusal(undefined)).toBe('file_required');
  });
});
