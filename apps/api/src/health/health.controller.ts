import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { HealthCheckResult } from '@nestjs/terminus';
import { Readiness } from '@raadgiver/db';
import { Public } from '../access/access.decorators';

/**
 * Kubernetes' probes (and the load balancer's): public, outside the rate limits, and saying only which check is up or
 * down. `GET /health` is readiness too, for the tools and documents that use it.
 */
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: Readiness) {}

  /** The process answers: no dependency is asked, so a database outage never restarts the API. */
  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 when PostgreSQL and Redis answer and the migrations are applied, else 503 naming the failed checks. */
  @Public()
  @Get(['', 'ready'])
  async ready(@Res({ passthrough: true }) res: Response): Promise<HealthCheckResult> {
    const { ready, result } = await this.readiness.report();
    if (!ready) res.status(503);
    return result;
  }
}
