import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { SamlLoginService } from './saml-login.service';
import { SamlMessageStore } from './saml-message-store';
import { SamlProviderResolver } from './saml-provider.resolver';
import { SamlProviderService } from './saml-provider.service';
import { SamlController } from './saml.controller';

/** SAML 2.0 login per municipality (KOMBIT's Context Handler, OIOSAML 3) and its settings. */
@Module({
  imports: [AuthModule],
  controllers: [SamlController],
  providers: [SamlLoginService, SamlMessageStore, SamlProviderService, SamlProviderResolver],
})
export class SamlModule {}
