import { Global, Module } from '@nestjs/common';
import { ResponseTargetsService } from './response-targets.service';
import { SettingsResolver } from './settings.resolver';
import { TenantLogoController } from './tenant-logo.controller';
import { TenantLogoService } from './tenant-logo.service';

@Global()
@Module({ controllers: [TenantLogoController], providers: [ResponseTargetsService, SettingsResolver, TenantLogoService], exports: [ResponseTargetsService] })
export class SettingsModule {}
