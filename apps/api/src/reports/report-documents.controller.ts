import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ReportDocumentFormat } from '@raadgiver/db';
import type { Request, Response } from 'express';
import { Roles } from '../access/access.decorators';
import { sendDownload } from '../downloads/send-download';
import { RestErrorFilter } from '../common/rest-error.filter';
import { ReportsService } from './reports.service';

/**
 * Downloads of a READY report version's documents, with the same Bearer token and access guard as the imports:
 * advisors, and council viewers for published reports; another tenant's report is not found.
 */
@Controller('reports')
@UseFilters(RestErrorFilter)
export class ReportDocumentsController {
  constructor(private readonly reports: ReportsService) {}

  @Roles('advisor', 'council_viewer')
  @Get(':reportId/versions/:version/document.pdf')
  pdf(@Req() req: Request, @Res() res: Response, @Param('reportId') reportId: string, @Param('version') version: string): Promise<void> {
    return this.send(req, res, reportId, version, 'pdf');
  }

  @Roles('advisor', 'council_viewer')
  @Get(':reportId/versions/:version/document.docx')
  docx(@Req() req: Request, @Res() res: Response, @Param('reportId') reportId: string, @Param('version') version: string): Promise<void> {
    return this.send(req, res, reportId, version, 'docx');
  }

  @Roles('advisor', 'council_viewer')
  @Get(':reportId/versions/:version/document.xlsx')
  xlsx(@Req() req: Request, @Res() res: Response, @Param('reportId') reportId: string, @Param('version') version: string): Promise<void> {
    return this.send(req, res, reportId, version, 'xlsx');
  }

  private async send(req: Request, res: Response, reportId: string, version: string, format: ReportDocumentFormat): Promise<void> {
    const document = await this.reports.document(req.user, reportId, version, format);
    sendDownload(res, document);
  }
}
