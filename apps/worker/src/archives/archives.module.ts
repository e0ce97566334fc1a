import { Module } from '@nestjs/common';
import { ArchivePackageService } from './archive-package.service';

/** Archive packages: a period's archive for the archive authority, or everything before a municipality leaves. */
@Module({ providers: [ArchivePackageService], exports: [ArchivePackageService] })
export class ArchivesModule {}
