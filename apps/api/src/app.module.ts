import { PublicRateLimitMiddleware } from './access/public-rate-limit.middleware';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AccessGuard } from './access/access.guard';
import { ArchivesModule } from './archives/archives.module';
import { CitizenInsightModule } from './citizen-insight/citizen-insight.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BenchmarkModule } from './benchmark/benchmark.module';
import { HeldAnswers } from './benchmark/held-answers';
import { CatalogModule } from './catalog/catalog.module';
import { CitizensModule } from './citizens/citizens.module';
import { API_CONFIG, ApiConfig } from './config/api-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { ExportsModule } from './exports/exports.module';
import { FollowUpModule } from './follow-up/follow-up.module';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { InquiriesModule } from './inquiries/inquiries.module';
import { JobsModule } from './jobs/jobs.module';
import { LearningModule } from './learning/learning.module';
import { MetricsModule } from './metrics/metrics.module';
import { OrgUnitsModule } from './org-units/org-units.module';
import { QueueBoardModule } from './queues/queue-board.module';
import { ReportsModule } from './reports/reports.module';
import { SettingsModule } from './settings/settings.module';
import { RetentionModule } from './retention/retention.module';
import { SamlModule } from './sso/saml/saml.module';
import { SsoModule } from './sso/sso.module';
import { TenantsModule } from './tenants/tenants.module';
import { UsersModule } from './users/users.module';
import { inputValidationPipe } from './validation/validation.pipe';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        JobsModule,
        AuditModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [API_CONFIG, DataSource, GraphQLSchemaHost, HeldAnswers],
          useFactory: graphqlOptions,
        }),
        AuthModule,
        TenantsModule,
        OrgUnitsModule,
        CatalogModule,
        UsersModule,
        SettingsModule,
        RetentionModule,
        SamlModule,
        CitizensModule,
        InquiriesModule,
        LearningModule,
        ImportsModule,
        ExportsModule,
        ReportsModule,
        BenchmarkModule,
        FollowUpModule,
        ArchivesModule,
        CitizenInsightModule,
        SsoModule,
        HealthModule,
        MetricsModule,
        QueueBoardModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: inputValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(PublicRateLimitMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL }, { path: 'benchmark/*path', method: RequestMethod.GET }, { path: 'public/*path', method: RequestMethod.GET }, { path: 'auth/*path', method: RequestMethod.ALL });
  }
}
