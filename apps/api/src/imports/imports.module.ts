import { Module } from '@nestjs/common';
import { ImportJobsResolver } from './import-jobs.resolver';
import { ImportQueue } from './import-queue';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({ controllers: [ImportsController], providers: [ImportQueue, ImportsService, ImportJobsResolver] })
export class ImportsModule {}
