import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const infra = join(__dirname, '../../infra');
const snippetPath = '/etc/nginx/snippets/security-headers.conf';

/** The add_header lines of an nginx config text, by lower-cased header name. */
function headers(conf: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of conf.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)) found.set(match[1].toLowerCase(), match[2]);
  return found;
}

/** The own lines of the server block and of every block that adds headers of its own (nginx then drops the inherited ones). */
function blocksWithHeaders(conf: string): string[] {
  const blocks: string[] = [];
  const stack: number[] = [];
  for (let i = 0; i < conf.length; i++) {
    if (conf[i] === '{') stack.push(i);
    if (conf[i] === '}') {
      const start = stack.pop() ?? 0;
      // Only the block's own lines, not those of nested blocks.
      const own = conf.slice(start + 1, i).replace(/\{[^]*\}/g, '');
      const isServer = /\bserver\s*$/.test(conf.slice(0, start));
      if (isServer || /^\s*add_header\b/m.test(own)) blocks.push(own);
    }
  }
  return blocks;
}

describe("the admin's nginx", () => {
  const snippet = headers(readFileSync(join(infra, 'nginx/security-headers.conf'), 'utf8'));
  const adminConf = readFileSync(join(infra, 'nginx/admin.conf'), 'utf8');

  it('sends a strict Content-Security-Policy that forbids framing, inline and foreign scripts', () => {
    const csp = new Map(
      (snippet.get('content-security-policy') ?? '').split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
    );
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    for (const values of csp.values()) expect(values).not.toContain("'unsafe-eval'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('sends nosniff, a Referrer-Policy, HSTS and no framing', () => {
    expect(snippet.get('x-content-type-options')).toBe('nosniff');
    expect(snippet.get('referrer-policy')).toMatch(/^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/);
    expect(snippet.get('strict-transport-security')).toMatch(/max-age=(\d{8,}|3[1-9]\d{6})/);
    expect(snippet.get('x-frame-options')).toBe('DENY');
  });

  it('includes the headers in the server and in every block that adds headers of its own', () => {
    const blocks = blocksWithHeaders(adminConf);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) expect(block).toContain(`include ${snippetPath};`);
    expect(readFileSync(join(infra, 'Dockerfile'), 'utf8')).toContain(`infra/nginx/security-headers.conf ${snippetPath}`);
  });

  it('serves an admin page that runs under that policy: no inline script in index.html', () => {
    const html = readFileSync(join(__dirname, '../../apps/admin/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/[^"]+"/);
      expect(body.trim()).toBe('');
    }
  });
});
