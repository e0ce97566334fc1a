import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDataSource } from '@raadgiver/db';
import { API_CONFIG, ApiConfig } from '../config/api-config';

/** The app-role connection pool, shared by every module. */
@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [API_CONFIG],
      useFactory: async (config: ApiConfig) => {
        const ds = createDataSource({ url: config.databaseUrl, poolSize: config.databasePoolSize, applicationName: 'raadgiver-api' });
        return ds.initialize();
      },
    },
  ],
  exports: [DataSource],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
