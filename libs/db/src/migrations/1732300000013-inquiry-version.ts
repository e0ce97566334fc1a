import { MigrationInterface, QueryRunner } from 'typeorm';

/** Setting that a bulk load (the import) turns on for its transaction to move inquiry_version once, at its end. */
export const INQUIRY_VERSION_DEFERRED = 'app.inquiry_version_deferred';

/**
 * A number on each tenant that changes with every change to its inquiries or their categories. The inquiry list
 * sends the number under which it holds a filter's total, and the statement counts again only when the number (or
 * the catalogue version, or the response targets) has moved; paging through a list, or many advisors opening the
 * same list, then count once per change instead of once per page.
 *
 * Statement-level triggers with transition tables, as for catalogue_version. A bulk load sets
 * app.inquiry_version_deferred for its transaction and calls inquiry_version_moved() once at its end, so it holds the
 * tenant row for a moment rather than from its first insert to its commit.
 */
export class InquiryVersion1732300000013 implements MigrationInterface {
  name = 'InquiryVersion1732300000013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tenant ADD COLUMN inquiry_version bigint NOT NULL DEFAULT 0;

      CREATE FUNCTION tenant_inquiries_changed() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
      DECLARE
        moved int;
      BEGIN
        IF current_setting('${INQUIRY_VERSION_DEFERRED}', true) = 'on' THEN
          RETURN NULL;
        END IF;
        UPDATE tenant SET inquiry_version = inquiry_version + 1 WHERE id IN (SELECT DISTINCT tenant_id FROM changed_rows);
        GET DIAGNOSTICS moved = ROW_COUNT;
        IF moved < (SELECT count(DISTINCT tenant_id) FROM changed_rows) THEN
          RAISE EXCEPTION 'the inquiry version of a changed tenant could not be moved' USING ERRCODE = '42501';
        END IF;
        RETURN NULL;
      END $$;

      -- The end of a bulk load that deferred the triggers: the current tenant's inquiries changed.
      CREATE FUNCTION inquiry_version_moved() RETURNS void LANGUAGE plpgsql SET search_path = public AS $$
      BEGIN
        UPDATE tenant SET inquiry_version = inquiry_version + 1 WHERE id = app_tenant_id();
        IF NOT FOUND THEN
          RAISE EXCEPTION 'no tenant in context to move the inquiry version of' USING ERRCODE = '42501';
        END IF;
      END $$;
    `);
    for (const table of ['inquiry', 'inquiry_category']) {
      await q.query(`
        CREATE TRIGGER ${table}_version_inserted AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed_rows
          FOR EACH STATEMENT EXECUTE FUNCTION tenant_inquiries_changed();
        CREATE TRIGGER ${table}_version_updated AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS changed_rows
          FOR EACH STATEMENT EXECUTE FUNCTION tenant_inquiries_changed();
        CREATE TRIGGER ${table}_version_deleted AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_rows
          FOR EACH STATEMENT EXECUTE FUNCTION tenant_inquiries_changed();
      `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['inquiry', 'inquiry_category']) {
      await q.query(`
        DROP TRIGGER ${table}_version_inserted ON ${table};
        DROP TRIGGER ${table}_version_updated ON ${table};
        DROP TRIGGER ${table}_version_deleted ON ${table};
      `);
    }
    await q.query('DROP FUNCTION inquiry_version_moved(); DROP FUNCTION tenant_inquiries_changed(); ALTER TABLE tenant DROP COLUMN inquiry_version;');
  }
}
