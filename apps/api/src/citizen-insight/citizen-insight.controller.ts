import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../access/access.decorators';
import { RestErrorFilter } from '../common/rest-error.filter';
import { sendDownload } from '../downloads/send-download';
import { ExpensiveDownload } from '../graphql/expensive-operation';
import { CitizenInsightService } from './citizen-insight.service';

/** The tenant admin's insight into one citizen (GDPR Article 15): everything held about them, JSON or PDF, audited. */
@Controller('citizens')
@UseFilters(RestErrorFilter)
export class CitizenInsightController {
  constructor(private readonly insight: CitizenInsightService) {}

  @Roles('tenant_admin')
  @ExpensiveDownload()
  @Get(':citizenId/insight.json')
  async json(@Req() req: Request, @Res() res: Response, @Param('citizenId') citizenId: string): Promise<void> {
    sendDownload(res, await this.insight.export(req.user, citizenId, 'json'));
  }

  @Roles('tenant_admin')
  @ExpensiveDownload()
  @Get(':citizenId/insight.pdf')
  async pdf(@Req() req: Request, @Res() res: Response, @Param('citizenId') citizenId: string): Promise<void> {
    sendDownload(res, await this.insight.export(req.user, citizenId, 'pdf'));
  }
}
