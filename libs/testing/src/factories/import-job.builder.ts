import { qb, runQuery } from '@raadgiver/db';
import { BuilderDb, inTenant } from './builder-db';

class ImportJobBuilder {
  private createMissing = false;

  constructor(
    private readonly db: BuilderDb,
    private readonly tenantId: string,
    private readonly userId: string,
    private readonly file: { content: Buffer; format: 'csv' | 'xlsx' },
  ) {}

  /** Units, categories and outcomes the file names but the tenant lacks are made (the upload's checkbox). */
  creatingMissing(createMissing = true): this {
    this.createMissing = createMissing;
    return this;
  }

  async build(): Promise<{ id: string }> {
    const [row] = await inTenant(this.db, this.tenantId, (em) =>
      runQuery(
        em,
        qb
          .insertInto('import_job')
          .values({
            tenant_id: this.tenantId,
            user_id: this.userId,
            file_name: `test.${this.file.format}`,
            format: this.file.format,
            content: this.file.content,
            create_missing: this.createMissing,
          })
          .returning('id'),
      ),
    );
    return { id: row.id };
  }
}

/** An uploaded file waiting for the import job. */
export const anImportJob = (db: BuilderDb, tenantId: string, userId: string, file: { content: Buffer; format: 'csv' | 'xlsx' }) =>
  new ImportJobBuilder(db, tenantId, userId, file);
