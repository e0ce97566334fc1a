import { Module } from '@nestjs/common';
import { DepartmentComplaintsResolver, LearningEntriesResolver } from './learning.resolver';
import { LearningService } from './learning.service';

@Module({ providers: [LearningService, DepartmentComplaintsResolver, LearningEntriesResolver] })
export class LearningModule {}
