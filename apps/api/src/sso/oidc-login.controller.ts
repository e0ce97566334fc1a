import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import { ServiceUnavailableError, UnauthenticatedError } from '@raadgiver/domain';
import type { Request, Response } from 'express';
import { Public } from '../access/access.decorators';
import { sendRestError } from '../common/rest-error.filter';
import { requestIdOf } from '../logging/request-logging';
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
      // The reason and the error's type and code (safeError); of openid-client's errors also the check that failed.
      this.logger.warn({ err: error, check: failedCheckOf(error), requestId: requestIdOf(res.req) }, `OpenID Connect login refused (${refusal})`);
      if (!res.headersSent) res.redirect(302, `/?sso_error=${refusal}`);
    }
  }
}

/** The libraries' own texts and no one else's: they name the check and the claim, never a claim's value. */
const OIDC_LIBRARY_ERRORS = new Set(['ClientError', 'OperationProcessingError']);

/**
 * Which check of the ID token or the provider's answer failed: the service's refusal, or openid-client's error and
 * the oauth4webapi error it wraps ("invalid response encountered: unexpected JWT "alg" header parameter"); undefined for any other error.
 */
export function failedCheckOf(error: unknown): string | undefined {
  // The service's refusals say which check failed in words of its own and of openid-client (describeFailure).
  if (error instanceof SsoLoginRefused) return error.message;
  const texts: string[] = [];
  for (let cause = error; cause instanceof Error && OIDC_LIBRARY_ERRORS.has(cause.name || cause.constructor.name) && texts.length < 3; cause = cause.cause) {
    texts.push(cause.message);
  }
  return texts.length > 0 ? texts.join(': ') : undefined;
}
