import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { CaseVolumeResolver } from './case-volume.resolver';
import { CaseVolumeService } from './case-volume.service';
import { FollowUpDocumentsController } from './follow-up-documents.controller';
import { FollowUpNoteQueue } from './follow-up-note-queue';
import { FollowUpService } from './follow-up.service';
import {
  RecommendationFollowUpFieldsResolver,
  RecommendationFollowUpResolver,
  RecommendationStatusChangeResolver,
  ReportFollowUpResolver,
} from './follow-up.resolver';

@Module({
  imports: [ReportsModule],
  controllers: [FollowUpDocumentsController],
  providers: [
    FollowUpNoteQueue, FollowUpService, CaseVolumeService, RecommendationFollowUpResolver, RecommendationStatusChangeResolver,
    RecommendationFollowUpFieldsResolver, ReportFollowUpResolver, CaseVolumeResolver,
  ],
})
export class FollowUpModule {}
