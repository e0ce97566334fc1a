import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ArchiveQueue } from './archive-queue';
import { ArchivesController } from './archives.controller';
import { ArchivesResolver } from './archives.resolver';
import { ArchivesService } from './archives.service';
import { LeavingService } from './leaving.service';

/** Archive packages of a period, the export of everything and the deletion of a leaving municipality. */
@Module({ imports: [AuthModule], controllers: [ArchivesController], providers: [ArchivesService, LeavingService, ArchivesResolver, ArchiveQueue] })
export class ArchivesModule {}
