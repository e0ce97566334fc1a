import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../access/access.decorators';
import { ExpensiveDownload } from '../graphql/expensive-operation';
import { requestLanguage } from '../common/request-language';
import { RestErrorFilter } from '../common/rest-error.filter';
import { parseExportFilter } from './export-filter';
import { ExportsService } from './exports.service';

/** Downloads of the filtered inquiry list in the import's columns, in the reader's language (Accept-Language), so an export imports again unchanged. */
@Controller('exports')
@UseFilters(RestErrorFilter)
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  /** `filter`: the inquiry list's InquiryFilter as JSON (optional). */
  @Roles('advisor')
  @ExpensiveDownload()
  @Get('inquiries.csv')
  async csv(@Req() req: Request, @Res() res: Response, @Query('filter') filter: unknown): Promise<void> {
    await this.exports.export(req.user, 'csv', await parseExportFilter(filter), requestLanguage(req), res);
  }

  @Roles('advisor')
  @ExpensiveDownload()
  @Get('inquiries.xlsx')
  async xlsx(@Req() req: Request, @Res() res: Response, @Query('filter') filter: unknown): Promise<void> {
    await this.exports.export(req.user, 'xlsx', await parseExportFilter(filter), requestLanguage(req), res);
  }
}
