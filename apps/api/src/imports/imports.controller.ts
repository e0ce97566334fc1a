import { Body, Controller, HttpCode, Post, Req, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { Roles } from '../access/access.decorators';
import { MAX_IMPORT_FILE_BYTES } from '@raadgiver/domain';
import { ImportsService, UploadedImportFile } from './imports.service';
import { RestErrorFilter } from '../common/rest-error.filter';

/** Uploads of historical registrations; the import itself runs in the worker. */
@Controller('imports')
@UseFilters(RestErrorFilter)
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** multipart/form-data: `file` (.csv or .xlsx, at most 50 MB), `createMissing` ('true' or 'false'). 202 { importJobId }. */
  @Roles('advisor')
  @Post('inquiries')
  @HttpCode(202)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 1, fields: 10, parts: 12 } }))
  start(@Req() req: Request, @UploadedFile() file: UploadedImportFile | undefined, @Body('createMissing') createMissing: unknown) {
    return this.imports.start(req.user, file, createMissing);
  }
}
