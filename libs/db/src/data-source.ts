import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceConfig {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

export function dataSourceOptions(config: DataSourceConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: config.poolSize ?? 10, application_name: config.applicationName ?? 'raadgiver' },
  };
}

export function createDataSource(config: DataSourceConfig): DataSource {
  return new DataSource(dataSourceOptions(config));
}

/** Runs pending migrations as the owner role. */
export async function migrate(ownerUrl: string): Promise<void> {
  const ds = createDataSource({ url: ownerUrl, poolSize: 1, applicationName: 'raadgiver-migrate' });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
