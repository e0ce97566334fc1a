import { MigrationInterface, QueryRunner } from 'typeorm';
import { changedRowsTriggersSql, dropChangedRowsTriggersSql } from './statement-triggers';

/** The tables whose changes move tenant_version.inquiry_version. */
const INQUIRY_TABLES = ['inquiry', 'inquiry_category'] as const;

/**
 * Setting that a bulk load (the import) turns on for its transaction to move inquiry_version once, at its end. A
 * literal, as migrations never change; the code uses INQUIRY_VERSION_DEFERRED (tenancy/inquiry-version.ts).
 */
const DEFERRED_SETTING = 'app.inquiry_version_deferred';

/**
 * tenant_version.inquiry_version: changes with every change to the tenant's inquiries or their categories. The inquiry list
 * sends the number under which it holds a filter's total, and the statement counts again only when the number (or
 * the catalogue version, or the response targets) has moved; paging through a list, or many advisors opening the
 * same list, then count once per change instead of once per page.
 *
 * Statement-level triggers with transition tables, as for catalogue_version. A bulk load sets
 * app.inquiry_version_deferred for its transaction and calls inquiry_version_moved() once at its end, so it holds the
 * tenant's version row for a moment rather than from its first insert to its commit.
 */
export class InquiryVersion1732300000013 implements MigrationInterface {
  name = 'InquiryVersion1732300000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tenant_version ADD COLUMN inquiry_version bigint NOT NULL DEFAULT 0;

      -- Runs as the caller, whose row-level security admits only the tenant rows it could change.
      CREATE FUNCTION tenant_inquiries_changed() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
      BEGIN
        IF current_setting('${DEFERRED_SETTING}', true) = 'on' THEN
          RETURN NULL;
        END IF;
        INSERT INTO tenant_version AS v (tenant_id, inquiry_version) SELECT DISTINCT tenant_id, 1 FROM changed_rows
          ON CONFLICT (tenant_id) DO UPDATE SET inquiry_version = v.inquiry_version + 1;
        RETURN NULL;
      END $$;

      -- The end of a bulk load that deferred the triggers: the current tenant's inquiries changed.
      CREATE FUNCTION inquiry_version_moved() RETURNS void LANGUAGE plpgsql SET search_path = public AS $$
      BEGIN
        IF app_tenant_id() IS NULL THEN
          RAISE EXCEPTION 'no tenant in context to move the inquiry version of' USING ERRCODE = '42501';
        END IF;
        INSERT INTO tenant_version AS v (tenant_id, inquiry_version) VALUES (app_tenant_id(), 1)
          ON CONFLICT (tenant_id) DO UPDATE SET inquiry_version = v.inquiry_version + 1;
      END $$;
    `);
    for (const table of INQUIRY_TABLES) await q.query(changedRowsTriggersSql(table, 'version', 'tenant_inquiries_changed'));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of INQUIRY_TABLES) await q.query(dropChangedRowsTriggersSql(table, 'version'));
    await q.query('DROP FUNCTION inquiry_version_moved(); DROP FUNCTION tenant_inquiries_changed(); ALTER TABLE tenant_version DROP COLUMN inquiry_version;');
  }
}
