import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ArchivesResolver } from '../archives/archives.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { SecondFactorResolver } from '../auth/second-factor.resolver';
import { SecurityEventsResolver } from '../auth/security-events.resolver';
import { BenchmarkResolver } from '../benchmark/benchmark.resolver';
import { CatalogResolver } from '../catalog/catalog.resolver';
import { CitizensResolver } from '../citizens/citizens.resolver';
import { CaseVolumeResolver } from '../follow-up/case-volume.resolver';
import {
  RecommendationFollowUpFieldsResolver,
  RecommendationFollowUpResolver,
  RecommendationStatusChangeResolver,
  ReportFollowUpResolver,
} from '../follow-up/follow-up.resolver';
import { ImportJobsResolver } from '../imports/import-jobs.resolver';
import { InquiriesResolver } from '../inquiries/inquiries.resolver';
import { DepartmentComplaintsResolver, LearningEntriesResolver } from '../learning/learning.resolver';
import { OrgUnitEventsResolver, OrgUnitsResolver } from '../org-units/org-units.resolver';
import { QueueBoardResolver } from '../queues/queue-board.resolver';
import { ReportsResolver, ShareResolver } from '../reports/reports.resolver';
import { RetentionResolver } from '../retention/retention.resolver';
import { SettingsResolver } from '../settings/settings.resolver';
import { SamlProviderResolver } from '../sso/saml/saml-provider.resolver';
import { OidcSettingsResolver } from '../sso/oidc-settings.resolver';
import { TenantsResolver } from '../tenants/tenants.resolver';
import { InvitationsResolver } from '../users/invitations.resolver';
import { UsersResolver } from '../users/users.resolver';

/** Every resolver class of the API; a test checks this schema equals the running app's. */
export const API_RESOLVERS = [AuthResolver, SecondFactorResolver, SecurityEventsResolver, TenantsResolver, OrgUnitsResolver, OrgUnitEventsResolver, CatalogResolver, UsersResolver, InvitationsResolver,
  SettingsResolver, CitizensResolver, InquiriesResolver, DepartmentComplaintsResolver, LearningEntriesResolver, AuditResolver,
  ImportJobsResolver, ReportsResolver, ShareResolver, RecommendationFollowUpResolver, RecommendationStatusChangeResolver,
  RecommendationFollowUpFieldsResolver, ReportFollowUpResolver, CaseVolumeResolver,
  BenchmarkResolver, RetentionResolver, SamlProviderResolver, ArchivesResolver, OidcSettingsResolver, QueueBoardResolver];

export const SCHEMA_FILE = 'apps/api/schema.gql';

/** The schema as SDL, sorted, without starting the API or touching a database. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  buildSchemaSdl()
    .then((sdl) => {
      writeFileSync(SCHEMA_FILE, sdl);
      console.log(`Wrote ${SCHEMA_FILE}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
