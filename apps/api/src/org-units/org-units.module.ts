import { Module } from '@nestjs/common';
import { OrgUnitEventsResolver, OrgUnitsResolver } from './org-units.resolver';
import { OrgUnitsService } from './org-units.service';

@Module({ providers: [OrgUnitsService, OrgUnitsResolver, OrgUnitEventsResolver] })
export class OrgUnitsModule {}
