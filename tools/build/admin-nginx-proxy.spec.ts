import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_ATTACHMENT_BYTES, MAX_IMPORT_FILE_BYTES, MAX_LOGO_BYTES } from '@raadgiver/domain';

const infra = join(__dirname, '../../infra/nginx');
const adminConf = readFileSync(join(infra, 'admin.conf'), 'utf8');
const apiRoutes = JSON.parse(readFileSync(join(__dirname, '../../apps/admin/api-routes.json'), 'utf8')) as { routes: { path: string }[] };
const API_ROUTES = apiRoutes.routes.map((route) => route.path);

/** The regular-expression locations of the nginx config and what each includes. */
function regexLocations(conf: string): Map<string, string> {
  return new Map([...conf.matchAll(/^\s*location ~ "([^"]+)" \{([^}]*)\}/gm)].map((match) => [match[1], match[2]]));
}

describe("the admin's nginx forwards the API's paths, as the dev server does", () => {
  const locations = regexLocations(adminConf);

  it('has a location for each of the API routes, and no other regular-expression location', () => {
    expect([...locations.keys()].sort()).toEqual([...API_ROUTES].sort());
  });

  it('sends each of them to the API', () => {
    const proxy = readFileSync(join(infra, 'api-proxy.conf'), 'utf8');
    expect(proxy).toMatch(/^proxy_pass http:\/\/raadgiver_api;$/m);
    for (const [route, body] of locations) expect({ route, body: body.trim() }).toEqual({ route, body: 'include /etc/nginx/snippets/api-proxy.conf;' });
  });

  it("lets through an upload as large as the API's largest limit, so the API answers it in Danish", () => {
    const size = /^\s*client_max_body_size (\d+)m;$/m.exec(adminConf);
    const megabytes = Number(size?.[1]);
    for (const limit of [MAX_IMPORT_FILE_BYTES, MAX_ATTACHMENT_BYTES, MAX_LOGO_BYTES]) expect(megabytes * 1024 * 1024).toBeGreaterThan(limit);
  });

  it('matches the paths the admin calls, and not its own files', () => {
    // nginx matches the path without its query string.
    const forwarded = (url: string) => API_ROUTES.some((route) => new RegExp(route).test(url.split('?')[0]));
    for (const url of ['/graphql', '/imports', '/exports/inquiries.csv', '/audit-log/events.xlsx?filter=%7B%7D', '/benchmark/2024.csv', '/public/benchmark/index.json', '/public/benchmark/2024.json', '/public/benchmark/2024.csv', '/tenant-logo', '/reports/1/versions/2/pdf', '/ops/queues', '/ops/queues/static/js/main.js', '/ops/queues/api/queues']) {
      expect({ url, forwarded: forwarded(url) }).toEqual({ url, forwarded: true });
    }
    for (const url of ['/', '/index.html', '/assets/index-abc.js', '/src/audit/audit-log-page.tsx', '/benchmark', '/graphqlx', '/ops/queuesx']) {
      expect({ url, forwarded: forwarded(url) }).toEqual({ url, forwarded: false });
    }
  });
});
