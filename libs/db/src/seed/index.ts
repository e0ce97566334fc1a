export { seedDemo, SEEDED_TABLES } from './seed-demo';
export type { SeededTable, SeedSummary } from './seed-demo';
export { DEMO_PASSWORD, DEMO_LOGINS } from './demo-users';
export type { DemoLogin } from './demo-users';
export { DEMO_TENANTS } from './demo-tenants';
export type { DemoTenant, DemoOrgUnit, DemoCatalogEntry } from './demo-tenant';
export { NATIONAL_CATEGORY_CODES, NATIONAL_OUTCOME_CODES } from './national-taxonomy';
export type { NationalCategoryCode, NationalOutcomeCode } from './national-taxonomy';
