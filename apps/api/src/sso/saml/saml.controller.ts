import { Body, Controller, Get, Header, HttpCode, Logger, Param, Post, Res } from '@nestjs/common';
import { ServiceUnavailableError } from '@raadgiver/domain';
import type { Response } from 'express';
import { Public } from '../../access/access.decorators';
import { sendRestError } from '../../common/rest-error.filter';
import { requestIdOf } from '../../logging/request-logging';
import { SamlLoginService } from './saml-login.service';

const REFUSED_PAGE = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Login mislykkedes</title></head>
<body><main><h1>Login mislykkedes</h1><p>Kommunens login kunne ikke bekræfte, hvem du er. Prøv igen, eller kontakt kommunens it-afdeling.</p>
<p><a href="/">Til forsiden</a></p></main></body></html>`;

/**
 * SAML 2.0 per municipality: the login (a signed AuthnRequest, HTTP-Redirect), the assertion consumer (HTTP-POST)
 * and the SP's metadata. Public: the person is not logged in yet. A refused login gets one page with no reason in
 * it; the reason goes to the log.
 */
@Controller('auth/saml/:slug')
export class SamlController {
  private readonly logger = new Logger(SamlController.name);

  constructor(private readonly logins: SamlLoginService) {}

  @Public()
  @Get('login')
  async login(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    try {
      res.redirect(302, await this.logins.loginUrl(slug));
    } catch (error) {
      this.refuse(res, slug, error, 404);
    }
  }

  @Public()
  @Post('acs')
  @HttpCode(303)
  async acs(@Param('slug') slug: string, @Body() body: Record<string, unknown> | undefined, @Res() res: Response): Promise<void> {
    try {
      await this.logins.consume(slug, body?.SAMLResponse, res);
    } catch (error) {
      this.refuse(res, slug, error, 401);
    }
  }

  @Public()
  @Get('metadata')
  @Header('Cache-Control', 'no-cache')
  async metadata(@Param('slug') slug: string, @Res() res: Response): Promise<void> {
    try {
      const xml = await this.logins.metadata(slug);
      res.type('application/samlmetadata+xml').send(xml);
    } catch (error) {
      this.refuse(res, slug, error, 404);
    }
  }

  private refuse(res: Response, slug: string, error: unknown, status: number): void {
    if (error instanceof ServiceUnavailableError) return sendRestError(res, error, 'da');
    this.logger.warn({ requestId: requestIdOf(res.req) }, `SAML ${status === 404 ? 'route' : 'login'} refused for municipality ${slug.slice(0, 63)}: ${this.logins.refusal(error)}`);
    res.status(status).type('html').send(REFUSED_PAGE);
  }
}
