import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../tenancy/roles';

/** Tenant-owned tables: each has tenant_id first in its keys and gets a row-level security policy. */
export const TENANT_TABLES = [
  'tenant_population', 'org_unit', 'org_unit_event', 'org_unit_link', 'membership', 'membership_org_unit',
  'category', 'outcome', 'citizen', 'inquiry', 'inquiry_category', 'audit_event',
] as const;

export class Init1732300000000 implements MigrationInterface {
  name = 'Init1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_tenant_id() RETURNS uuid LANGUAGE sql STABLE
        AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;
      CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE
        AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;
      CREATE FUNCTION app_is_operator() RETURNS boolean LANGUAGE sql STABLE
        AS $$ SELECT coalesce(current_setting('app.operator', true), '') = 'on' $$;

      CREATE TABLE municipality (
        code char(3) PRIMARY KEY CHECK (code ~ '^[0-9]{3}$'),
        name text NOT NULL,
        region text NOT NULL
      );

      CREATE TABLE tenant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        kommunekode char(3) NOT NULL UNIQUE REFERENCES municipality (code),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        locale text NOT NULL DEFAULT 'da' CHECK (locale IN ('da', 'en')),
        settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        display_name text NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
        password_hash text,
        is_operator boolean NOT NULL DEFAULT false,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE refresh_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        active_tenant uuid REFERENCES tenant (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX refresh_session_family_idx ON refresh_session (family_id);
      CREATE INDEX refresh_session_user_idx ON refresh_session (user_id);

      CREATE TABLE tenant_population (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        year int NOT NULL CHECK (year BETWEEN 1970 AND 2100),
        inhabitants int NOT NULL CHECK (inhabitants > 0),
        PRIMARY KEY (tenant_id, year)
      );

      CREATE TABLE org_unit (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        parent_id uuid,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        short_name text CHECK (short_name IS NULL OR length(btrim(short_name)) BETWEEN 1 AND 20),
        kind text NOT NULL CHECK (kind IN ('administration', 'center', 'department', 'area')),
        valid_from date NOT NULL,
        valid_to date,
        sort_order int NOT NULL DEFAULT 0,
        is_demo boolean NOT NULL DEFAULT false,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, parent_id) REFERENCES org_unit (tenant_id, id),
        CHECK (parent_id IS NULL OR parent_id <> id),
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      );
      CREATE INDEX org_unit_parent_idx ON org_unit (tenant_id, parent_id);

      CREATE TABLE org_unit_event (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        org_unit_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('created', 'renamed', 'moved', 'closed', 'merged', 'reopened')),
        from_name text,
        to_name text,
        from_parent_id uuid,
        to_parent_id uuid,
        related_unit_id uuid,
        effective_date date NOT NULL,
        actor_id uuid REFERENCES app_user (id),
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, related_unit_id) REFERENCES org_unit (tenant_id, id)
      );
      CREATE INDEX org_unit_event_unit_idx ON org_unit_event (tenant_id, org_unit_id, occurred_at);

      CREATE TABLE org_unit_link (
        tenant_id uuid NOT NULL,
        predecessor_id uuid NOT NULL,
        successor_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('merged', 'split')),
        effective_date date NOT NULL,
        PRIMARY KEY (tenant_id, predecessor_id, successor_id),
        FOREIGN KEY (tenant_id, predecessor_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, successor_id) REFERENCES org_unit (tenant_id, id),
        CHECK (predecessor_id <> successor_id)
      );
      CREATE INDEX org_unit_link_successor_idx ON org_unit_link (tenant_id, successor_id);

      CREATE TABLE membership (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        role text NOT NULL CHECK (role IN ('advisor', 'tenant_admin', 'department_contact', 'council_viewer')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, user_id, role)
      );
      CREATE INDEX membership_user_idx ON membership (user_id);

      CREATE TABLE membership_org_unit (
        tenant_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user (id),
        org_unit_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, user_id, org_unit_id),
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_unit (tenant_id, id)
      );

      CREATE TABLE category (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        national_code text NOT NULL CHECK (length(national_code) BETWEEN 1 AND 40),
        active boolean NOT NULL DEFAULT true,
        sort_order int NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, id)
      );
      CREATE UNIQUE INDEX category_name_idx ON category (tenant_id, lower(name));

      CREATE TABLE outcome (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        national_code text NOT NULL CHECK (length(national_code) BETWEEN 1 AND 40),
        active boolean NOT NULL DEFAULT true,
        sort_order int NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, id)
      );
      CREATE UNIQUE INDEX outcome_name_idx ON outcome (tenant_id, lower(name));

      CREATE TABLE citizen (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        display_name text NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
        email text,
        phone text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      );

      CREATE TABLE inquiry (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        reference text NOT NULL CHECK (length(btrim(reference)) BETWEEN 1 AND 100),
        received_on date NOT NULL,
        channel text NOT NULL CHECK (channel IN ('phone', 'email', 'letter', 'meeting', 'digital_post', 'other')),
        citizen_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('complaint', 'guidance', 'wayfinding', 'information', 'other')),
        org_unit_id uuid,
        outcome_id uuid,
        main_inquiry_id uuid,
        first_contact_on date,
        closed_on date,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        summary text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, reference),
        FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, id),
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES org_unit (tenant_id, id),
        FOREIGN KEY (tenant_id, outcome_id) REFERENCES outcome (tenant_id, id),
        FOREIGN KEY (tenant_id, main_inquiry_id) REFERENCES inquiry (tenant_id, id),
        CHECK (main_inquiry_id IS NULL OR main_inquiry_id <> id)
      );
      CREATE INDEX inquiry_received_idx ON inquiry (tenant_id, received_on);
      CREATE INDEX inquiry_citizen_idx ON inquiry (tenant_id, citizen_id);
      CREATE INDEX inquiry_org_unit_idx ON inquiry (tenant_id, org_unit_id);

      CREATE TABLE inquiry_category (
        tenant_id uuid NOT NULL,
        inquiry_id uuid NOT NULL,
        category_id uuid NOT NULL,
        PRIMARY KEY (tenant_id, inquiry_id, category_id),
        FOREIGN KEY (tenant_id, inquiry_id) REFERENCES inquiry (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, category_id) REFERENCES category (tenant_id, id)
      );
      CREATE INDEX inquiry_category_category_idx ON inquiry_category (tenant_id, category_id);

      CREATE TABLE audit_event (
        tenant_id uuid NOT NULL REFERENCES tenant (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        user_id uuid,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        PRIMARY KEY (tenant_id, id)
      );
      CREATE INDEX audit_event_time_idx ON audit_event (tenant_id, occurred_at);
      CREATE INDEX audit_event_subject_idx ON audit_event (tenant_id, subject_id);
    `);

    // Login happens before a tenant is known; this narrow definer function is the only way to look a user up by e-mail.
    await q.query(`
      CREATE FUNCTION auth_user_by_email(p_email text)
        RETURNS TABLE (id uuid, password_hash text, disabled boolean, is_operator boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
        AS $$ SELECT u.id, u.password_hash, u.disabled, u.is_operator FROM app_user u WHERE u.email = lower(p_email) $$;
      REVOKE ALL ON FUNCTION auth_user_by_email(text) FROM PUBLIC;
    `);

    for (const table of TENANT_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY; ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;`);
    }
    for (const table of TENANT_TABLES.filter((t) => t !== 'membership' && t !== 'audit_event')) {
      await q.query(
        `CREATE POLICY tenant_isolation ON ${table} FOR ALL
           USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id())`,
      );
    }
    await q.query(`
      -- A user sees their own memberships in every tenant (to pick one); writes stay inside the current tenant.
      CREATE POLICY tenant_isolation ON membership FOR ALL
        USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id());
      CREATE POLICY own_memberships ON membership FOR SELECT USING (user_id = app_user_id());

      -- Audit rows are only ever added and read.
      CREATE POLICY tenant_isolation ON audit_event FOR SELECT USING (tenant_id = app_tenant_id());
      CREATE POLICY tenant_append ON audit_event FOR INSERT WITH CHECK (tenant_id = app_tenant_id());

      ALTER TABLE tenant ENABLE ROW LEVEL SECURITY; ALTER TABLE tenant FORCE ROW LEVEL SECURITY;
      CREATE POLICY tenant_public_read ON tenant FOR SELECT USING (true);
      CREATE POLICY tenant_create ON tenant FOR INSERT WITH CHECK (app_is_operator());
      CREATE POLICY tenant_update ON tenant FOR UPDATE
        USING (id = app_tenant_id() OR app_is_operator()) WITH CHECK (id = app_tenant_id() OR app_is_operator());

      -- Not forced: the owner's narrow definer functions (auth_user_by_email) must see every user; the app role never can.
      ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
      CREATE POLICY user_visible ON app_user FOR SELECT USING (
        id = app_user_id() OR app_is_operator()
        OR EXISTS (SELECT 1 FROM membership m WHERE m.user_id = app_user.id AND m.tenant_id = app_tenant_id()));
      CREATE POLICY user_create ON app_user FOR INSERT WITH CHECK (app_tenant_id() IS NOT NULL OR app_is_operator());
      CREATE POLICY user_update ON app_user FOR UPDATE USING (
        id = app_user_id() OR app_is_operator()
        OR EXISTS (SELECT 1 FROM membership m WHERE m.user_id = app_user.id AND m.tenant_id = app_tenant_id()))
        WITH CHECK (true);
    `);

    await q.query(`
      GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
      GRANT SELECT ON municipality TO ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE ON tenant, app_user TO ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON refresh_session TO ${APP_ROLE};
      GRANT SELECT, INSERT ON audit_event TO ${APP_ROLE};
      GRANT EXECUTE ON FUNCTION app_tenant_id(), app_user_id(), app_is_operator(), auth_user_by_email(text) TO ${APP_ROLE};
    `);
    for (const table of TENANT_TABLES.filter((t) => t !== 'audit_event')) {
      await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${APP_ROLE}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS audit_event, inquiry_category, inquiry, citizen, outcome, category, membership_org_unit,
        membership, org_unit_link, org_unit_event, org_unit, tenant_population, refresh_session, app_user, tenant,
        municipality CASCADE;
      DROP FUNCTION IF EXISTS auth_user_by_email(text), app_tenant_id(), app_user_id(), app_is_operator();
    `);
  }
}
