import { ArgumentsHost, Catch, Controller, Delete, Get, HttpCode, HttpException, Post, Req, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { InvalidInputError } from '@raadgiver/domain';
import type { Request, Response } from 'express';
import { MulterError } from 'multer';
import { Roles } from '../access/access.decorators';
import { requestLanguage } from '../common/request-language';
import { RestErrorFilter, sendRestError } from '../common/rest-error.filter';
import { MAX_LOGO_BYTES } from '@raadgiver/domain';
import { TenantLogoService, UploadedLogoFile } from './tenant-logo.service';

/** The REST errors of the other uploads, but a file over the limit is answered as the logo's own field error. */
@Catch()
export class LogoErrorFilter extends RestErrorFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    const tooLarge = (exception instanceof MulterError && exception.code === 'LIMIT_FILE_SIZE') || (exception instanceof HttpException && exception.getStatus() === 413);
    if (!tooLarge) return super.catch(exception, host);
    const http = host.switchToHttp();
    sendRestError(http.getResponse<Response>(), InvalidInputError.of('logo', 'image_too_large', { megabytes: MAX_LOGO_BYTES / (1024 * 1024) }), requestLanguage(http.getRequest<Request>()));
  }
}

const TENANT_ROLES = ['advisor', 'tenant_admin', 'department_contact', 'council_viewer'] as const;

/** The municipality's logo: set by its tenant admin (multipart `logo`, PNG or JPEG up to 1 MB), shown to all its users. */
@Controller('tenant-logo')
@UseFilters(LogoErrorFilter)
export class TenantLogoController {
  constructor(private readonly logos: TenantLogoService) {}

  @Roles('tenant_admin')
  @Post()
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('logo', { limits: { fileSize: MAX_LOGO_BYTES, files: 1, fields: 0, parts: 1 } }))
  set(@Req() req: Request, @UploadedFile() file: UploadedLogoFile | undefined) {
    return this.logos.set(req.user, file);
  }

  /** Always the PNG the API encoded, under a type the browser may not second-guess. */
  @Roles(...TENANT_ROLES)
  @Get()
  async get(@Req() req: Request, @Res() res: Response): Promise<void> {
    const logo = await this.logos.get(req.user);
    res.setHeader('Content-Type', 'image/png');
    res.setHeader('Content-Length', String(logo.png.length));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Last-Modified', logo.updatedAt.toUTCString());
    res.end(logo.png);
  }

  @Roles('tenant_admin')
  @Delete()
  @HttpCode(204)
  remove(@Req() req: Request): Promise<void> {
    return this.logos.remove(req.user);
  }
}
