import { Module } from '@nestjs/common';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { ShareResolver } from './share.resolver';

@Module({ providers: [ReportsService, ReportsResolver, ShareResolver] })
export class ReportsModule {}
