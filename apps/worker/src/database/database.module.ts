import { DynamicModule, Global, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { createDataSource } from '@raadgiver/db';
import { DataSource } from 'typeorm';

/** Opens and closes the worker's connection pool (the app role: row-level security applies). */
@Injectable()
export class DatabaseConnection implements OnApplicationShutdown {
  constructor(private readonly dataSource: DataSource) {}

  async open(): Promise<void> {
    if (!this.dataSource.isInitialized) await this.dataSource.initialize();
  }

  /** Runs after the queue workers have let their jobs finish (beforeApplicationShutdown). */
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** Provides the TypeORM DataSource to every module; connecting waits for DatabaseConnection.open(). */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DataSource, useFactory: () => createDataSource({ url, poolSize: 5, applicationName: 'raadgiver-worker' }) },
        DatabaseConnection,
      ],
      exports: [DataSource, DatabaseConnection],
    };
  }
}
