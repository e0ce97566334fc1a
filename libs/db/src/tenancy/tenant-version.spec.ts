import { MigrationInterface, QueryRunner } from 'typeorm';
import { CatalogueVersion1732300000011 } from '../migrations/1732300000011-catalogue-version';
import { InquiryVersion1732300000013 } from '../migrations/1732300000013-inquiry-version';
import { CATALOGUE_VERSION_TABLES, INQUIRY_VERSION_DEFERRED, INQUIRY_VERSION_TABLES } from './tenant-version';

/** The SQL a migration's up() sends. */
async function upSql(migration: MigrationInterface): Promise<string> {
  const statements: string[] = [];
  const runner = { query: async (sql: string) => void statements.push(sql) } as unknown as QueryRunner;
  await migration.up(runner);
  return statements.join('\n');
}

/** The tables a migration puts statement triggers named `<table>_<name>_inserted` on. */
function triggeredTables(sql: string, name: string): string[] {
  return [...sql.matchAll(new RegExp(`CREATE TRIGGER (\\w+)_${name}_inserted AFTER INSERT ON (\\w+)`, 'g'))].map((match) => match[2]);
}

describe('the tenant versions the code relies on', () => {
  it('moves catalogue_version with the tables of migration 1732300000011', async () => {
    expect(triggeredTables(await upSql(new CatalogueVersion1732300000011()), 'catalogue').sort()).toEqual([...CATALOGUE_VERSION_TABLES].sort());
  });

  it('moves inquiry_version with the tables of migration 1732300000013', async () => {
    expect(triggeredTables(await upSql(new InquiryVersion1732300000013()), 'version').sort()).toEqual([...INQUIRY_VERSION_TABLES].sort());
  });

  it('defers inquiry_version by the setting the trigger of migration 1732300000013 reads', async () => {
    expect(await upSql(new InquiryVersion1732300000013())).toContain(`current_setting('${INQUIRY_VERSION_DEFERRED}', true)`);
  });
});
