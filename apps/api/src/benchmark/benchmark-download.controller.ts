import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { inContext, loadBenchmarkData } from '@raadgiver/db';
import { comparabilityText, NotFoundError, protectFromFormula, SUPPRESSED_LABEL } from '@raadgiver/domain';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../access/access.decorators';
import { ExpensiveDownload } from '../graphql/expensive-operation';
import { RestErrorFilter } from '../common/rest-error.filter';
import { BenchmarkService } from './benchmark.service';
import { BenchmarkType } from './benchmark.types';

const FILE = /^(\d{4})\.(csv|xlsx)$/;
export const BENCHMARK_HEADER = ['År', 'Figur', 'Kode', 'Serie', 'Kommune', 'Værdi', 'Antal henvendelser', 'Sammenlignelighed'];

/**
 * Every figure the benchmark shows, one row per value: national and peer-group statistics, then the municipalities,
 * each with why its figures of the year are not fully comparable (empty when they are).
 */
export function benchmarkRows(benchmark: BenchmarkType): string[][] {
  const names = new Map(benchmark.tenants.map((t) => [t.id, t.name]));
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return benchmark.figures.flatMap((figure) => {
    const base = [String(benchmark.year), figure.nameDa, figure.code ?? ''];
    const rows: string[][] = [];
    if (figure.national) {
      rows.push([...base, 'Landsmedian', '', number(figure.national.median), '', '']);
      rows.push([...base, 'Nedre kvartil', '', number(figure.national.lowerQuartile), '', '']);
      rows.push([...base, 'Øvre kvartil', '', number(figure.national.upperQuartile), '', '']);
    }
    for (const peer of figure.peerGroups) rows.push([...base, `Median, ${peer.peerGroup}`, '', number(peer.statistic.median), '', '']);
    for (const value of figure.values) {
      const hidden = value.suppressed && !value.own;
      rows.push([
        ...base, value.own ? 'Egen kommune' : 'Kommune', names.get(value.tenantId) ?? '', hidden ? SUPPRESSED_LABEL : number(value.value),
        hidden ? SUPPRESSED_LABEL : number(value.count), comparabilityText(value.comparability, 'da'),
      ]);
    }
    return rows;
  });
}

/**
 * `GET /benchmark/<year>.csv|xlsx`: the figures of the public benchmark; with a token of a tenant, its own
 * unsuppressed figures too (as on the dashboard).
 */
@Controller('benchmark')
@UseFilters(RestErrorFilter)
export class BenchmarkDownloadController {
  constructor(
    private readonly benchmark: BenchmarkService,
    private readonly dataSource: DataSource,
  ) {}

  @Public()
  @ExpensiveDownload()
  @Get(':file')
  async download(@Req() req: Request, @Res() res: Response, @Param('file') file: string): Promise<void> {
    const match = FILE.exec(file);
    if (!match) throw new NotFoundError('benchmark_file', 'file');
    const year = Number(match[1]);
    const tenantId = req.user?.tenantId ?? null;
    const data = await inContext(this.dataSource, { tenantId, userId: req.user?.userId ?? null }, (em) => loadBenchmarkData(em));
    const rows = benchmarkRows(this.benchmark.benchmark(data, year, tenantId)).map((row) => row.map(protectFromFormula));
    const name = `benchmark-${year}.${match[2]}`;
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.setHeader('Cache-Control', tenantId ? 'private, no-store' : 'public, max-age=300');
    if (match[2] === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.end(`\uFEFF${stringify([BENCHMARK_HEADER, ...rows], { record_delimiter: '\r\n' })}`);
      return;
    }
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(`Benchmark ${year}`);
    sheet.addRow(BENCHMARK_HEADER).font = { bold: true };
    for (const row of rows) sheet.addRow(row.map((cell, i) => (i === 5 || i === 6) && cell !== '' && cell !== SUPPRESSED_LABEL ? Number(cell) : cell));
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.end(Buffer.from(await workbook.xlsx.writeBuffer()));
  }
}
