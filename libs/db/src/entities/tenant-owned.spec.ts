import { getMetadataArgsStorage } from 'typeorm';
import { ALL_TENANT_TABLES } from '../migrations';
import { ENTITIES } from './index';
import { TenantOwned } from './tenant-owned';

describe('tenant-owned entities', () => {
  it('extend TenantOwned for every table row-level security keys on tenant_id', () => {
    const tableOf = new Map(getMetadataArgsStorage().tables.map((table) => [table.target, table.name]));
    const tenantTables = new Set(ALL_TENANT_TABLES);
    const owned = ENTITIES.filter((entity) => tenantTables.has(tableOf.get(entity) ?? ''));
    expect(owned.length).toBeGreaterThan(20);
    const notOwned = owned.filter((entity) => !(entity.prototype instanceof TenantOwned)).map((entity) => entity.name);
    expect(notOwned).toEqual([]);
  });
});
