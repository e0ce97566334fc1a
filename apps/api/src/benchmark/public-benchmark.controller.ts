import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { NotFoundError, protectFromFormula, PUBLIC_BENCHMARK_FOLDER, PUBLIC_BENCHMARK_INDEX } from '@raadgiver/domain';
import { stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import { gzipSync } from 'node:zlib';
import { Public } from '../access/access.decorators';
import { RestErrorFilter } from '../common/rest-error.filter';
import { BENCHMARK_HEADER, benchmarkRows } from './benchmark-download.controller';
import { BenchmarkType } from './benchmark.types';
import { PublishedBenchmarks, PublishedYear } from './published-benchmarks';

const FILE = /^(\d{4})\.(json|csv)$/;

/**
 * What a browser and a CDN may keep. The promise is that a changed registration shows within 2 minutes: the refresh
 * waits 30 s for more changes, runs and publishes in about a second, the API sees the new snapshot within 5 s; a CDN
 * may then serve its copy for up to 60 s plus 15 s while it revalidates (a 304 costs the API nothing but the ETag
 * comparison), and a browser's copy counts the CDN's Age into its 30 s: at most about 111 s in all.
 */
export const PUBLIC_BENCHMARK_CACHE_CONTROL = 'public, max-age=30, s-maxage=60, stale-while-revalidate=15';

const CONTENT_TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

/** A number cell as a Danish spreadsheet reads it: a decimal comma, no thousands separator. */
const danishNumber = (cell: string) => (/^-?\d+\.\d+$/.test(cell) ? cell.replace('.', ',') : cell);

/** The public benchmark as Danish CSV: ';' between cells, decimal commas, a byte order mark first. */
export function publicBenchmarkCsv(benchmark: BenchmarkType): Buffer {
  const rows = benchmarkRows(benchmark).map((row) => row.map((cell, i) => protectFromFormula(i >= 5 ? danishNumber(cell) : cell)));
  return Buffer.from(`\uFEFF${stringify([BENCHMARK_HEADER, ...rows], { delimiter: ';', record_delimiter: '\r\n' })}`);
}

/** Whether the request's If-None-Match names `etag` (or is `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

const gzipped = new WeakMap<Buffer, Buffer>();

/** `body` compressed with gzip, once per body (a year's JSON is about 1.4 MB, some 0.1 MB compressed). */
function gzipOf(body: Buffer): Buffer {
  let compressed = gzipped.get(body);
  if (!compressed) gzipped.set(body, (compressed = gzipSync(body)));
  return compressed;
}

/** Whether the request's Accept-Encoding takes gzip (not refused with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding.trim() === 'gzip' || coding.trim() === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * A file of the snapshot: its strong ETag (the version names it; the compressed form has its own), what a CDN may
 * keep, 304 when the request's If-None-Match names it already, and gzip when the client takes it.
 */
function send(req: Request, res: Response, etag: string, format: keyof typeof CONTENT_TYPES, body: () => Buffer): void {
  const gzip = acceptsGzip(req.headers['accept-encoding']);
  const tag = gzip ? `${etag.slice(0, -1)}-gzip"` : etag;
  res.setHeader('ETag', tag);
  res.setHeader('Cache-Control', PUBLIC_BENCHMARK_CACHE_CONTROL);
  res.setHeader('Vary', 'Accept-Encoding');
  if (matchesEtag(req.headers['if-none-match'], tag)) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.end(gzip ? gzipOf(body()) : body());
}

/**
 * `GET /public/benchmark/index.json` (the years and the date of the data, PUBLIC_BENCHMARK_INDEX) and
 * `GET /public/benchmark/<year>.json|csv` (publicBenchmarkPath): the published benchmark as plain cacheable files,
 * without a login. A year's JSON is exactly what publicBenchmark(year) returns; all are the snapshot's, so the strong
 * ETag names its version, year and format, and an unchanged file answers 304.
 */
@Controller(PUBLIC_BENCHMARK_FOLDER)
@UseFilters(RestErrorFilter)
export class PublicBenchmarkController {
  private csvHeld: { of: PublishedYear; body: Buffer } | null = null;

  constructor(private readonly published: PublishedBenchmarks) {}

  @Public()
  @Get(':file')
  async file(@Req() req: Request, @Res() res: Response, @Param('file') file: string): Promise<void> {
    if (file === PUBLIC_BENCHMARK_INDEX) {
      const index = await this.published.index();
      if (!index) throw new NotFoundError('benchmark_file', 'file');
      return send(req, res, `"${index.version}-index"`, 'json', () => index.json);
    }
    const match = FILE.exec(file);
    if (!match) throw new NotFoundError('benchmark_file', 'file');
    const format = match[2] as 'json' | 'csv';
    const published = await this.published.year(Number(match[1]));
    if (!published) throw new NotFoundError('benchmark_file', 'file');
    if (format === 'csv') res.setHeader('Content-Disposition', `attachment; filename="benchmark-${published.year}.csv"`);
    send(req, res, `"${published.version}-${published.year}-${format}"`, format, () => (format === 'json' ? published.json : this.csv(published)));
  }

  /** The CSV of the year asked last, made once per version. */
  private csv(published: PublishedYear): Buffer {
    if (this.csvHeld?.of !== published) this.csvHeld = { of: published, body: publicBenchmarkCsv(published.benchmark) };
    return this.csvHeld.body;
  }
}
