import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../access/access.decorators';
import { healthRepository } from './health.repository';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  async health(): Promise<{ status: 'ok'; database: 'ok' }> {
    await healthRepository.ping(this.dataSource);
    return { status: 'ok', database: 'ok' };
  }
}
