import { Resvg } from '@resvg/resvg-js';
import { JPEG_PICTURE, pngPicture } from '../testing/pictures';
import { Session, useTestApi } from '../testing/test-api';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What a served logo draws as: its size and the colour of its middle pixel, decoded by resvg. */
function decoded(png: Buffer): { width: number; height: number; middle: number[] } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const full = new Resvg(svg).render();
  const at = (Math.floor(height / 2) * width + Math.floor(width / 2)) * 4;
  return { width, height, middle: [...full.pixels.subarray(at, at + 4)] };
}

describe("the municipality's logo", () => {
  const t = useTestApi();
  let admin: Session;
  let advisor: Session;
  let otherAdmin: Session;
  let otherAdvisor: Session;

  const auth = (session: Session, language = 'da') => ({ authorization: `Bearer ${session.token}`, 'accept-language': language });
  const upload = (session: Session, content: Buffer, fileName: string, type: string, language = 'da') => {
    const form = new FormData();
    form.append('logo', new Blob([new Uint8Array(content)], { type }), fileName);
    return fetch(`${t.api.url}/tenant-logo`, { method: 'POST', headers: auth(session, language), body: form });
  };
  const read = (session: Session) => fetch(`${t.api.url}/tenant-logo`, { headers: auth(session) });
  const expectRefusal = async (response: Response, message: string) => {
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'logo', message });
  };

  beforeAll(async () => {
    [admin, advisor, otherAdmin, otherAdvisor] = await Promise.all(
      ['admin@lejre.demo', 'advisor@lejre.demo', 'admin@norddjurs.demo', 'advisor@norddjurs.demo'].map((email) => t.api.login(email)),
    );
  });

  it('takes a PNG, stores it re-encoded and serves it as PNG that the browser may not sniff', async () => {
    const uploaded = await upload(admin, pngPicture(40, 20), 'logo.png', 'image/png');
    expect(uploaded.status).toBe(200);
    expect(await uploaded.json()).toEqual({ width: 40, height: 20 });

    const served = await read(advisor);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    const png = Buffer.from(await served.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(decoded(png)).toEqual({ width: 40, height: 20, middle: [0xcc, 0, 0, 255] });

    const audit = await t.db.admin.query(`SELECT details FROM audit_event WHERE action = 'tenant.logo_set'`);
    expect(audit.rows).toEqual([{ details: { width: 40, height: 20, byteSize: png.length } }]);
  });

  it('takes a JPEG, whatever its name says, and serves a PNG of it, not the uploaded bytes', async () => {
    const uploaded = await upload(admin, JPEG_PICTURE, 'logo.txt', 'application/octet-stream');
    expect(uploaded.status).toBe(200);
    expect(await uploaded.json()).toEqual({ width: 48, height: 24 });
    const png = Buffer.from(await (await read(admin)).arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.includes(JPEG_PICTURE.subarray(0, 64))).toBe(false);
    const { width, height, middle } = decoded(png);
    expect({ width, height }).toEqual({ width: 48, height: 24 });
    // The yellow bar (#f0b400) in the middle, within JPEG's loss.
    expect(middle.map((channel, i) => Math.abs(channel - [0xf0, 0xb4, 0x00, 255][i]) <= 24)).toEqual([true, true, true, true]);
  });

  it('scales a large picture into the header’s box', async () => {
    expect(await (await upload(admin, pngPicture(1800, 300), 'wide.png', 'image/png')).json()).toEqual({ width: 1200, height: 200 });
  });

  it('refuses SVG, a text file named .png, a broken PNG, too many pixels and too many bytes, in Danish at the logo field', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    await expectRefusal(await upload(admin, svg, 'logo.svg', 'image/svg+xml'), 'Logoet skal være et billede af typen PNG eller JPEG');
    await expectRefusal(await upload(admin, Buffer.from('not a picture at all'), 'logo.png', 'image/png'), 'Logoet skal være et billede af typen PNG eller JPEG');
    const broken = Buffer.concat([pngPicture(40, 20).subarray(0, 33), Buffer.alloc(200, 7)]);
    await expectRefusal(await upload(admin, broken, 'logo.png', 'image/png'), 'Logoet kan ikke læses som et billede af typen PNG eller JPEG');
    await expectRefusal(await upload(admin, pngPicture(2001, 10), 'logo.png', 'image/png'), 'Logoet må højst være 2000 × 2000 pixel');
    const huge = Buffer.concat([pngPicture(40, 20), Buffer.alloc(1024 * 1024)]);
    await expectRefusal(await upload(admin, huge, 'logo.png', 'image/png'), 'Logoet må højst fylde 1 MB');
    const english = await upload(admin, svg, 'logo.svg', 'image/svg+xml', 'en');
    expect(await english.json()).toMatchObject({ field: 'logo', message: 'The logo must be a picture of the type PNG or JPEG' });
  });

  it('keeps each municipality to its own logo: another tenant neither reads nor replaces it', async () => {
    await upload(admin, pngPicture(40, 20), 'logo.png', 'image/png');
    expect((await read(otherAdvisor)).status).toBe(404);
    expect((await upload(otherAdmin, pngPicture(30, 30), 'logo.png', 'image/png')).status).toBe(200);
    expect(decoded(Buffer.from(await (await read(advisor)).arrayBuffer()))).toMatchObject({ width: 40, height: 20 });
    expect(decoded(Buffer.from(await (await read(otherAdvisor)).arrayBuffer()))).toMatchObject({ width: 30, height: 30 });
    const rows = await t.db.admin.query(`SELECT t.slug, l.width FROM tenant_logo l JOIN tenant t ON t.id = l.tenant_id ORDER BY t.slug`);
    expect(rows.rows).toEqual([{ slug: 'lejre', width: 40 }, { slug: 'norddjurs', width: 30 }]);
  });

  it('is set and removed by the tenant admin only', async () => {
    expect((await upload(advisor, pngPicture(), 'logo.png', 'image/png')).status).toBe(403);
    expect((await fetch(`${t.api.url}/tenant-logo`, { method: 'DELETE', headers: auth(advisor) })).status).toBe(403);
    expect((await fetch(`${t.api.url}/tenant-logo`)).status).toBe(401);
    expect((await fetch(`${t.api.url}/tenant-logo`, { method: 'DELETE', headers: auth(otherAdmin) })).status).toBe(204);
    expect((await read(otherAdvisor)).status).toBe(404);
    expect((await read(advisor)).status).toBe(200);
  });
});
