import { Module } from '@nestjs/common';
import { CitizenInsightController } from './citizen-insight.controller';
import { CitizenInsightService } from './citizen-insight.service';

/** A citizen's insight into what the municipality's citizen advisor holds about them. */
@Module({ controllers: [CitizenInsightController], providers: [CitizenInsightService] })
export class CitizenInsightModule {}
