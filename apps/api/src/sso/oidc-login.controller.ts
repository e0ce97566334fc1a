import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import { ServiceUnavailableError, UnauthenticatedError } from '@raadgiver/domain';
import type { Request, Response } from 'express';
import { Public } from '../access/access.decorators';
import { sendRestError } from '../common/rest-error.filter';
import { OidcLoginService, SsoLoginRefused, SsoRefusal } from './oidc-login.service';

/**
 * A municipality's OpenID Connect login, in the browser: `login` sends the person to the provider, `callback` is where
 * the provider sends them back (the redirect URI to register), `logout` ends the provider's session after the admin
 * ended Raadgiver's. Whatever goes wrong, the person lands on the login page with a reason it explains in Danish.
 */
@Controller('auth/oidc')
export class OidcLoginController {
  private readonly logger = new Logger(OidcLoginController.name);

  constructor(private readonly login: OidcLoginService) {}

  @Public()
  @Get(':slug/login')
  start(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.refusedToLoginPage(res, () => this.login.start(slug, req, res));
  }

  @Public()
  @Get(':slug/callback')
  callback(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.refusedToLoginPage(res, () => this.login.callback(slug, req, res));
  }

  @Public()
  @Get(':slug/logout')
  logout(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.login.logout(slug, req, res);
  }

  private async refusedToLoginPage(res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (error instanceof ServiceUnavailableError) return sendRestError(res, error, 'da');
      const refusal: SsoRefusal = error instanceof SsoLoginRefused ? error.refusal : error instanceof UnauthenticatedError ? 'sso_account_disabled' : 'sso_failed';
      // The reason without personal data: openid-client's messages name the check that failed, not the claims.
      this.logger.warn(`OpenID Connect login refused (${refusal}): ${(error as Error).message}`);
      if (!res.headersSent) res.redirect(302, `/?sso_error=${refusal}`);
    }
  }
}
