/**
 * The transaction setting a bulk load (the import) turns on to move tenant_version.inquiry_version once, at its end,
 * instead of with every statement: the trigger of migration 1732300000013 reads it. The migration writes the name as a
 * literal (a migration never changes); `inquiry-version.spec.ts` keeps the two the same.
 */
export const INQUIRY_VERSION_DEFERRED = 'app.inquiry_version_deferred';
