import { Module } from '@nestjs/common';
import { CitizensResolver } from './citizens.resolver';
import { CitizensService } from './citizens.service';

@Module({ providers: [CitizensService, CitizensResolver] })
export class CitizensModule {}
