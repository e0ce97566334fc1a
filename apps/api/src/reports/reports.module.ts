import { Module } from '@nestjs/common';
import { ReportDocumentsController } from './report-documents.controller';
import { ReportQueue } from './report-queue';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';
import { ShareResolver } from './share.resolver';

@Module({ controllers: [ReportDocumentsController], providers: [ReportQueue, ReportsService, ReportsResolver, ShareResolver], exports: [ReportsService] })
export class ReportsModule {}
