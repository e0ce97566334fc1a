/** How long the platform's backups are kept, in days (env BACKUP_RETENTION_DAYS, 1 to 3650; 35 unless set). */
export function backupRetentionDaysFromEnv(env: Record<string, string | undefined>): number {
  const days = Number(env.BACKUP_RETENTION_DAYS ?? 35);
  return Number.isInteger(days) && days >= 1 && days <= 3650 ? days : 35;
}

export interface LeavingAccountInput {
  tenantName: string;
  kommunekode: string;
  /** When it was deleted. */
  deletedAt: Date;
  /** Rows deleted per table. */
  counts: Record<string, number>;
  backupRetentionDays: number;
  /** The export of everything the deletion waited for. */
  exportPackage: { id: string; finishedAt: Date | null; sha256: string | null };
}

const danishDay = (date: Date): string =>
  new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', day: 'numeric', month: 'long', year: 'numeric' }).format(date);

/**
 * The written account of a municipality's deletion (GDPR Article 28(3)(g)), in Danish, for the operator to pass on:
 * what was deleted at once (rows per table) and what remains in backups until they expire. No personal data.
 */
export function leavingAccount(input: LeavingAccountInput): string {
  const total = Object.values(input.counts).reduce((sum, n) => sum + n, 0);
  const expiry = new Date(input.deletedAt.getTime() + input.backupRetentionDays * 24 * 60 * 60 * 1000);
  const tables = Object.entries(input.counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([table, n]) => `  ${table}: ${n}`);
  return [
    `Redegørelse for sletning af ${input.tenantName} (kommunekode ${input.kommunekode}) fra Raadgiver`,
    '',
    `Kommunens data blev slettet ${danishDay(input.deletedAt)} efter databehandleraftalen og databeskyttelsesforordningens artikel 28, stk. 3, litra g.`,
    '',
    `Før sletningen blev alle kommunens data udleveret som eksport (arkivpakke ${input.exportPackage.id}` +
      `${input.exportPackage.finishedAt ? `, dannet ${danishDay(input.exportPackage.finishedAt)}` : ''}${input.exportPackage.sha256 ? `, SHA-256 ${input.exportPackage.sha256}` : ''}).`,
    '',
    `Slettet straks: ${total} rækker i én transaktion, fordelt på tabeller:`,
    ...tables,
    'Hermed er slettet: kommunen, dens henvendelser og borgere, kategorier, udfald, organisation, læringsvæg, beretninger og',
    'deres dokumenter, opfølgning, importer, indstillinger, arkivpakker og kommunens log (audit_event). Brugere, der ikke',
    'er medlem af en anden kommune og ikke er driftsoperatører, er slettet; deres sessioner med dem.',
    '',
    `Tilbage i sikkerhedskopier: kommunens data findes fortsat i platformens krypterede sikkerhedskopier, indtil de udløber`,
    `efter højst ${input.backupRetentionDays} dage, dvs. senest ${danishDay(expiry)}. Sikkerhedskopierne bruges kun til at genskabe driften`,
    'efter et nedbrud; kommunens data genindlæses ikke fra dem. Derefter findes ingen af kommunens data hos Raadgiver.',
    '',
    'Tilbage hos driftsoperatøren: denne redegørelse (kommunens navn og kode, tidspunktet og antal rækker), uden personoplysninger.',
  ].join('\n');
}
