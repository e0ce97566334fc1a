import { restoreArguments } from './restore-tenant-export';

describe('the restore command line', () => {
  const url = 'postgres://raadgiver_owner:secret@db:5432/raadgiver';

  it('takes the package file and the database from --database or DATABASE_URL, the flag first', () => {
    expect(restoreArguments(['pakke.zip'], { DATABASE_URL: url })).toEqual({ packageFile: 'pakke.zip', databaseUrl: url });
    expect(restoreArguments(['--database', url, 'pakke.zip'], { DATABASE_URL: 'postgres://other/db' })).toEqual({ packageFile: 'pakke.zip', databaseUrl: url });
  });

  it('refuses to guess: no database, no file or more than one file', () => {
    expect(restoreArguments(['pakke.zip'], {})).toBeNull();
    expect(restoreArguments([], { DATABASE_URL: url })).toBeNull();
    expect(restoreArguments(['a.zip', 'b.zip'], { DATABASE_URL: url })).toBeNull();
    expect(restoreArguments(['pakke.zip', '--database'], {})).toBeNull();
  });
});
