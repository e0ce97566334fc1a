import { backupRetentionDaysFromEnv, leavingAccount } from './leaving-account';

describe("a leaving municipality's written account", () => {
  it('reads the backup retention from BACKUP_RETENTION_DAYS, 35 days unless set to a whole number from 1 to 3650', () => {
    expect(backupRetentionDaysFromEnv({})).toBe(35);
    expect(backupRetentionDaysFromEnv({ BACKUP_RETENTION_DAYS: '90' })).toBe(90);
    for (const wrong of ['0', '-1', '3651', '7.5', 'a month']) expect(backupRetentionDaysFromEnv({ BACKUP_RETENTION_DAYS: wrong })).toBe(35);
  });

  it('says in Danish what went at once, per table, and until when backups keep the rest', () => {
    const account = leavingAccount({
      tenantName: 'Norddjurs Kommune', kommunekode: '707', deletedAt: new Date('2026-03-01T10:00:00Z'), backupRetentionDays: 30,
      counts: { inquiry: 120, audit_event: 400, citizen: 80, tenant: 1 },
      exportPackage: { id: 'p-1', finishedAt: new Date('2026-02-28T09:00:00Z'), sha256: 'ab'.repeat(32) },
    });
    expect(account).toContain('Redegørelse for sletning af Norddjurs Kommune (kommunekode 707)');
    expect(account).toContain('Slettet straks: 601 rækker');
    expect(account.indexOf('  audit_event: 400')).toBeLessThan(account.indexOf('  inquiry: 120'));
    expect(account).toContain('efter højst 30 dage, dvs. senest 31. marts 2026');
    expect(account).toContain(`arkivpakke p-1, dannet 28. februar 2026, SHA-256 ${'ab'.repeat(32)}`);
    expect(account).toContain('artikel 28, stk. 3, litra g');
  });
});
