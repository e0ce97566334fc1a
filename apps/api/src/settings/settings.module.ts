import { Global, Module } from '@nestjs/common';
import { ResponseTargetsService } from './response-targets.service';
import { SettingsResolver } from './settings.resolver';

@Global()
@Module({ providers: [ResponseTargetsService, SettingsResolver], exports: [ResponseTargetsService] })
export class SettingsModule {}
