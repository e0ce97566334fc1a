import { z } from 'zod';
import { requiredDay } from '../ui/form-schemas';

/** The period of an archive package, both days included; the API checks that it runs forward and names the field. */
export const archivePeriodSchema = z.object({ from: requiredDay, to: requiredDay });

export type ArchivePeriodFields = z.output<typeof archivePeriodSchema>;

/** Last calendar year: the period an archive authority usually takes next. */
export function lastYear(today = new Date()): { from: string; to: string } {
  const year = today.getFullYear() - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The download path of a package's ZIP. */
export const archivePackagePath = (id: string): string => `/archives/${encodeURIComponent(id)}/package.zip`;
