import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module';
import { CaseVolumeResolver } from './case-volume.resolver';
import { CaseVolumeService } from './case-volume.service';
import { FollowUpAttachmentsController } from './follow-up-attachments.controller';
import { FollowUpAttachmentsService } from './follow-up-attachments.service';
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
  controllers: [FollowUpDocumentsController, FollowUpAttachmentsController],
  providers: [
    FollowUpNoteQueue, FollowUpService, FollowUpAttachmentsService, CaseVolumeService, RecommendationFollowUpResolver, RecommendationStatusChangeResolver,
    RecommendationFollowUpFieldsResolver, ReportFollowUpResolver, CaseVolumeResolver,
  ],
})
export class FollowUpModule {}
