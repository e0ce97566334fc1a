import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../access/access.decorators';
import { ExpensiveDownload } from '../graphql/expensive-operation';
import { requestLanguage } from '../common/request-language';
import { RestErrorFilter } from '../common/rest-error.filter';
import { parseFilterParam } from '../exports/export-filter';
import { AuditFilter } from './audit-event.types';
import { AuditExportFormat, AuditLogService } from './audit-log.service';

/**
 * Downloads of the filtered audit log for the tenant admin: CSV and XLSX in the reader's language (Accept-Language),
 * JSON for machines. `filter`: the log's AuditFilter as JSON (optional).
 */
@Controller('audit-log')
@UseFilters(RestErrorFilter)
export class AuditLogController {
  constructor(private readonly log: AuditLogService) {}

  @Roles('tenant_admin')
  @ExpensiveDownload()
  @Get('events.csv')
  csv(@Req() req: Request, @Res() res: Response, @Query('filter') filter: unknown): Promise<void> {
    return this.export(req, res, filter, 'csv');
  }

  @Roles('tenant_admin')
  @ExpensiveDownload()
  @Get('events.xlsx')
  xlsx(@Req() req: Request, @Res() res: Response, @Query('filter') filter: unknown): Promise<void> {
    return this.export(req, res, filter, 'xlsx');
  }

  @Roles('tenant_admin')
  @ExpensiveDownload()
  @Get('events.json')
  json(@Req() req: Request, @Res() res: Response, @Query('filter') filter: unknown): Promise<void> {
    return this.export(req, res, filter, 'json');
  }

  private async export(req: Request, res: Response, filter: unknown, format: AuditExportFormat): Promise<void> {
    await this.log.export(req.user, format, await parseFilterParam(filter, AuditFilter), requestLanguage(req), res);
  }
}
