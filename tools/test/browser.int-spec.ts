import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = join(__dirname, '../..');

interface TestBrowser {
  executablePath: string;
  env: Record<string, string>;
  args: string[];
  origin: string;
}

interface LinkedLibrary {
  name: string;
  path: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { linkedLibraries } = require('./browser.cjs') as { linkedLibraries: (file: string, env: Record<string, string>) => LinkedLibrary[] };

const MINIMAL_DEBIAN = new Set(
  readFileSync(join(__dirname, 'minimal-debian-libraries.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#')),
);

/** The set-up path as `npm test` takes it, with no CHROMIUM_PATH: the system's Chromium is never looked at. */
function prepareBrowser(): TestBrowser {
  const env = { ...process.env };
  delete env.CHROMIUM_PATH;
  const result = spawnSync(process.execPath, [join(ROOT, 'tools/test/browser.cjs')], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tools/test/browser.cjs failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as TestBrowser;
}

describe('the test browser (tools/test/browser.cjs)', () => {
  let browser: TestBrowser;
  beforeAll(() => {
    browser = prepareBrowser();
  });

  it('comes from the npm package, unpacked inside the project', () => {
    expect(browser.origin).toMatch(/^@sparticuz\/chromium \d+\.\d+\.\d+$/);
    expect(browser.executablePath.startsWith(join(ROOT, 'node_modules/'))).toBe(true);
  });

  it('needs no shared library beyond the project and what a minimal Debian has', () => {
    const libraries = linkedLibraries(browser.executablePath, browser.env);
    expect(libraries.filter((library) => library.path === null)).toEqual([]);
    const fromOutside = libraries.filter((library) => !library.path!.startsWith(`${ROOT}/`) && !MINIMAL_DEBIAN.has(basename(library.name)));
    expect(fromOutside).toEqual([]);
    // The libraries Debian lacks without extra packages are the project's own copies, whatever this machine has.
    for (const name of ['libnss3.so', 'libnspr4.so', 'libexpat.so.1']) {
      expect(libraries.find((library) => library.name === name)?.path?.startsWith(`${ROOT}/`)).toBe(true);
    }
  });

  it('launches and renders Danish text with its own fonts', async () => {
    const launched = await chromium.launch({ executablePath: browser.executablePath, args: browser.args, env: { ...process.env, ...browser.env } });
    try {
      const page = await launched.newPage();
      await page.setContent('<html lang="da"><body><p id="text" style="font-family: sans-serif">Blåbærgrød på Ærø: 1.234,5 kr.</p><input id="field"></body></html>');
      await page.fill('#field', 'Æble, øl og å');
      expect(await page.inputValue('#field')).toBe('Æble, øl og å');
      // Each letter is drawn with a glyph of its own: a missing font would render æ, ø and å alike (or as boxes).
      // (A page script as text: this project's TypeScript has no DOM types.)
      const widths = await page.evaluate<number[]>(`(() => {
        const canvas = document.createElement('canvas').getContext('2d');
        canvas.font = '32px sans-serif';
        return ['æ', 'ø', 'å', 'Æ', 'Ø', 'Å'].map((letter) => canvas.measureText(letter).width);
      })()`);
      expect(new Set(widths.map((width) => width.toFixed(2))).size).toBeGreaterThan(3);
      expect(widths.every((width) => width > 0)).toBe(true);
      const screenshot = await page.locator('#text').screenshot();
      expect(screenshot.length).toBeGreaterThan(1000);
    } finally {
      await launched.close();
    }
  });
});
