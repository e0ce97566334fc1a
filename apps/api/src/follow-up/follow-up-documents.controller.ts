import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { FollowUpNoteFormat } from '@raadgiver/db';
import type { Request, Response } from 'express';
import { Roles } from '../access/access.decorators';
import { sendDownload } from '../downloads/send-download';
import { RestErrorFilter } from '../common/rest-error.filter';
import { FollowUpService } from './follow-up.service';

/**
 * Downloads of a READY follow-up note version, with the Bearer token and access guard of the report downloads:
 * advisors, and council viewers for published reports; another tenant's report is not found.
 */
@Controller('reports')
@UseFilters(RestErrorFilter)
export class FollowUpDocumentsController {
  constructor(private readonly followUp: FollowUpService) {}

  @Roles('advisor', 'council_viewer')
  @Get(':reportId/follow-up-notes/:version/document.pdf')
  pdf(@Req() req: Request, @Res() res: Response, @Param('reportId') reportId: string, @Param('version') version: string): Promise<void> {
    return this.send(req, res, reportId, version, 'pdf');
  }

  @Roles('advisor', 'council_viewer')
  @Get(':reportId/follow-up-notes/:version/document.docx')
  docx(@Req() req: Request, @Res() res: Response, @Param('reportId') reportId: string, @Param('version') version: string): Promise<void> {
    return this.send(req, res, reportId, version, 'docx');
  }

  private async send(req: Request, res: Response, reportId: string, version: string, format: FollowUpNoteFormat): Promise<void> {
    const document = await this.followUp.document(req.user, reportId, version, format);
    sendDownload(res, document);
  }
}
