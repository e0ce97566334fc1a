export * from './entities';
export * from './migrations';
export * from './data-source';
export * from './reference/municipalities';
export * from './tenancy/bootstrap';
export * from './tenancy/db-context';
export * from './tenancy/roles';
export * from './auth/password';
