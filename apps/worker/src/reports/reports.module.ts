import { Module } from '@nestjs/common';
import { MissingDocumentsService } from './missing-documents.service';
import { ReportGenerationService } from './report-generation.service';

@Module({ providers: [ReportGenerationService, MissingDocumentsService], exports: [ReportGenerationService] })
export class ReportsModule {}
