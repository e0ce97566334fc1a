import { Controller, Get, Headers, Inject, NotFoundException, Res } from '@nestjs/common';
import { bearerTokenMatches } from '@raadgiver/db';
import type { Response } from 'express';
import { Public } from '../access/access.decorators';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { ApiMetrics } from './api-metrics';

/**
 * Prometheus's scrape: only with `Authorization: Bearer <METRICS_TOKEN>`; without the token (or with no token
 * configured, the default) it is not there (404), so the API's public port shows no metrics.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: ApiMetrics,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Public()
  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    if (!bearerTokenMatches(authorization, this.config.ops.metricsToken)) throw new NotFoundException();
    const { contentType, body } = await this.metrics.processMetrics.scrape();
    res.type(contentType).send(body);
  }
}
