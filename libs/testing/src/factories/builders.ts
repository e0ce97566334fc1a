/**
 * Builders of test data, one per aggregate, written as the app role in the tenant's context (row-level security
 * checks every row), with defaults for everything a test does not care about:
 *
 *   const tenant = await aTenant(db).withUnit('Socialområdet').withUnit('Børn og Unge', { parent: 'Socialområdet' }).build();
 *   const contact = await aUser(db).in(tenant.id, 'department_contact', { units: [tenant.units.get('Børn og Unge')!] }).build();
 *   const inquiry = await anInquiry(db, tenant.id).ofKind('complaint').inUnit(tenant.units.get('Socialområdet')!).build();
 *   const report = await aReport(db, tenant.id, contact.id).forYear(2029).published().withRecommendation({ title: 'Svar i tide', units: [...] }).build();
 */
export type { BuilderDb } from './builder-db';
export * from './tenant.builder';
export * from './user.builder';
export * from './inquiry.builder';
export * from './report.builder';
export * from './learning-entry.builder';
export * from './invitation.builder';
export * from './import-job.builder';
