import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OidcLoginController } from './oidc-login.controller';
import { OidcLoginService } from './oidc-login.service';
import { OidcSettingsResolver } from './oidc-settings.resolver';
import { OidcSettingsService } from './oidc-settings.service';
import { secretBoxProvider } from './secret-box.provider';
import { SsoLoginStates } from './sso-login-states';

/** Logins through a municipality's own identity provider (OpenID Connect) and their settings. */
@Module({
  imports: [AuthModule],
  controllers: [OidcLoginController],
  providers: [secretBoxProvider, OidcSettingsService, OidcSettingsResolver, OidcLoginService, SsoLoginStates],
})
export class SsoModule {}
