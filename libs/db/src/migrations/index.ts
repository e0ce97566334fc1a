import { Init1732300000000 } from './1732300000000-init';
import { Municipalities1732300000001 } from './1732300000001-municipalities';

export { TENANT_TABLES } from './1732300000000-init';
export const MIGRATIONS = [Init1732300000000, Municipalities1732300000001];
