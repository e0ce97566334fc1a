import { Catch, Controller, Delete, Get, HttpCode, Param, Post, Req, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { Roles } from '../access/access.decorators';
import { sendDownload } from '../downloads/send-download';
import { RestErrorFilter } from '../common/rest-error.filter';
import { MAX_ATTACHMENT_BYTES } from '@raadgiver/domain';
import { UploadedAttachmentFile } from './follow-up-attachment-file';
import { FollowUpAttachmentsService } from './follow-up-attachments.service';

/** The REST errors of the imports, with this upload's own size limit in the message. */
@Catch()
export class AttachmentErrorFilter extends RestErrorFilter {
  protected override readonly uploadMegabytes = MAX_ATTACHMENT_BYTES / (1024 * 1024);
}

/** Files attached to a department's answer to a recommendation, with the Bearer token of the other REST endpoints. */
@Controller('follow-ups')
@UseFilters(AttachmentErrorFilter)
export class FollowUpAttachmentsController {
  constructor(private readonly attachments: FollowUpAttachmentsService) {}

  /** multipart/form-data: `file` (PDF, DOCX, XLSX, PNG, JPEG or plain text; at most 10 MB, 5 per answer). 201 with the attachment. */
  @Roles('department_contact')
  @Post(':id/attachments')
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 0, parts: 1 } }))
  upload(@Req() req: Request, @Param('id') id: string, @UploadedFile() file: UploadedAttachmentFile | undefined) {
    return this.attachments.upload(req.user, id, file);
  }

  @Roles('advisor', 'council_viewer', 'department_contact')
  @Get(':followUpId/attachments/:id')
  async download(@Req() req: Request, @Res() res: Response, @Param('followUpId') followUpId: string, @Param('id') id: string): Promise<void> {
    const attachment = await this.attachments.download(req.user, followUpId, id);
    // Plain text was checked to be UTF-8 on upload.
    sendDownload(res, { ...attachment, contentType: attachment.contentType === 'text/plain' ? 'text/plain; charset=utf-8' : attachment.contentType });
  }

  @Roles('department_contact')
  @Delete(':followUpId/attachments/:id')
  @HttpCode(204)
  remove(@Req() req: Request, @Param('followUpId') followUpId: string, @Param('id') id: string): Promise<void> {
    return this.attachments.remove(req.user, followUpId, id);
  }
}
