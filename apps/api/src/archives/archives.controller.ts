import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OperatorOnly, Roles } from '../access/access.decorators';
import { RestErrorFilter } from '../common/rest-error.filter';
import { sendDownload } from '../downloads/send-download';
import { ArchivesService } from './archives.service';

/** Downloads of ready archive packages (ZIP), audited: the tenant admin's own, and the operator's export of a leaving municipality. */
@Controller()
@UseFilters(RestErrorFilter)
export class ArchivesController {
  constructor(private readonly archives: ArchivesService) {}

  @Roles('tenant_admin')
  @Get('archives/:id/package.zip')
  async package(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    sendDownload(res, await this.archives.download(req.user, id));
  }

  @OperatorOnly()
  @Get('tenants/:tenantId/exports/:id/package.zip')
  async tenantExport(@Req() req: Request, @Res() res: Response, @Param('tenantId') tenantId: string, @Param('id') id: string): Promise<void> {
    sendDownload(res, await this.archives.download(req.user, id, tenantId));
  }
}
