export * from './archive-tables';
export * from './archive-package-reader';
export * from './tenant-restore';
export * from './tenant-restore.repository';
