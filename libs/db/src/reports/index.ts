export * from './report-version.repository';
