export * from './calendar-date';
export * from './cpr';
export * from './inquiry-draft';
export * from './response-times';
