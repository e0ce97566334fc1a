import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, OWNER_ROLE, RETENTION_ROLE } from '../tenancy/roles';
import { enableTenantRls } from './tenant-rls';

/** Written by this migration, checked by the catalog gate through LATER_TENANT_TABLES. */
export const RETENTION_TABLES = ['tenant_retention', 'inquiry_hold', 'citizen_erasure'] as const;

/** What replaces an identifying piece of free text that is kept (a follow-up answer, a report's prose). */
const REMOVED = '[fjernet]';

/**
 * Personal data over the years (issue 18, points 7, 9 and 11).
 *
 * retention_bounds: the operator's minimum and maximum, in years, of both retention periods (one platform row).
 * tenant_retention: the municipality's periods (default 5 and 5 years) and whether the removal waits for a delivered
 * archive (default yes); a missing row is the defaults. A period outside the operator's bounds (the bounds moved
 * after it was set) counts as the nearest bound.
 * inquiry_hold: holds (arkiveringshold) with the reason they were set and lifted; an open hold stops every removal.
 * citizen_erasure: the tenant admin's Article 17 erasures with their reason.
 *
 * The removal runs only through the definer functions below, owned by the retention role (NOLOGIN, no BYPASSRLS: it
 * works under the caller's tenant context and row-level security like everyone else). The app role may EXECUTE them and
 * nothing more; it still has no UPDATE or DELETE on audit_event, and a trigger refuses UPDATE and DELETE on audit_event
 * to every role but the retention role, so only retention_purge_audit removes audit events.
 *
 * What the anonymisation removes and what it keeps is decided per column: it empties the inquiry's summary and its
 * learning entries' free text, replaces the citizen's name, contact details and reference (the row and its id stay: the
 * pseudonymous citizen that "distinct citizens" counts), removes the citizen's identifiers (name, e-mail, phone,
 * reference and any CPR-like number of the case) from the tenant's other free text (follow-up answers, recommendations,
 * reports' prose, hold and erasure reasons, other learning entries), removes follow-up attachments that name the citizen
 * or hang on an answer that did, the stored content and error texts of import jobs that name them, the generated
 * documents made from a changed text (their version is marked failed with error 'personal_data_removed', so the worker
 * makes a published report anew), and the content of archive packages of the case's period. Every date, kind, unit,
 * category, outcome, status and count stays.
 */
export class Retention1732300000059 implements MigrationInterface {
  name = 'Retention1732300000059';

  async up(q: QueryRunner): Promise<void> {
    const [role] = await q.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [RETENTION_ROLE]);
    if (!role) {
      throw new Error(`The role ${RETENTION_ROLE} is missing: create it as infra/postgres/10-roles.sh does (NOLOGIN, granted to ${OWNER_ROLE}) before migrating`);
    }
    await q.query(`
      CREATE TABLE retention_bounds (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        inquiry_min_years int NOT NULL DEFAULT 1,
        inquiry_max_years int NOT NULL DEFAULT 10,
        audit_min_years int NOT NULL DEFAULT 1,
        audit_max_years int NOT NULL DEFAULT 10,
        updated_by uuid REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (1 <= inquiry_min_years AND inquiry_min_years <= inquiry_max_years AND inquiry_max_years <= 100),
        CHECK (1 <= audit_min_years AND audit_min_years <= audit_max_years AND audit_max_years <= 100)
      );
      INSERT INTO retention_bounds DEFAULT VALUES;
      ALTER TABLE retention_bounds ENABLE ROW LEVEL SECURITY; ALTER TABLE retention_bounds FORCE ROW LEVEL SECURITY;
      CREATE POLICY retention_bounds_read ON retention_bounds FOR SELECT USING (true);
      CREATE POLICY retention_bounds_operator ON retention_bounds FOR UPDATE USING (app_is_operator()) WITH CHECK (app_is_operator());
      GRANT SELECT, UPDATE ON retention_bounds TO ${APP_ROLE};

      CREATE TABLE tenant_retention (
        tenant_id uuid PRIMARY KEY REFERENCES tenant (id),
        inquiry_years int NOT NULL DEFAULT 5 CHECK (inquiry_years BETWEEN 1 AND 100),
        audit_years int NOT NULL DEFAULT 5 CHECK (audit_years BETWEEN 1 AND 100),
        wait_for_archive boolean NOT NULL DEFAULT true,
        updated_by uuid REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE inquiry_hold (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        inquiry_id uuid NOT NULL,
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
        set_by uuid NOT NULL REFERENCES app_user (id),
        set_at timestamptz NOT NULL DEFAULT now(),
        lift_reason text CHECK (lift_reason IS NULL OR length(btrim(lift_reason)) BETWEEN 1 AND 500),
        lifted_by uuid REFERENCES app_user (id),
        lifted_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, inquiry_id) REFERENCES inquiry (tenant_id, id) ON DELETE CASCADE,
        CHECK ((lifted_at IS NULL) = (lifted_by IS NULL) AND (lifted_at IS NULL) = (lift_reason IS NULL))
      );
      -- One open hold per inquiry.
      CREATE UNIQUE INDEX inquiry_hold_open_idx ON inquiry_hold (tenant_id, inquiry_id) WHERE lifted_at IS NULL;

      CREATE TABLE citizen_erasure (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        citizen_id uuid NOT NULL,
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
        erased_by uuid NOT NULL REFERENCES app_user (id),
        erased_at timestamptz NOT NULL DEFAULT now(),
        inquiries int NOT NULL CHECK (inquiries >= 0),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, citizen_id) REFERENCES citizen (tenant_id, id)
      );

      ALTER TABLE inquiry ADD COLUMN anonymised_at timestamptz;
      ALTER TABLE citizen ADD COLUMN anonymised_at timestamptz;
      CREATE INDEX inquiry_retention_idx ON inquiry (tenant_id, closed_on) WHERE anonymised_at IS NULL AND status = 'closed';
    `);
    await enableTenantRls(q, ['tenant_retention', 'inquiry_hold'], 'SELECT, INSERT, UPDATE');
    // Erasures are written only by retention_erase_citizen.
    await enableTenantRls(q, ['citizen_erasure'], 'SELECT');

    await q.query(`
      -- Audit events are never changed, and removed only by the retention role's purge (and what runs as it).
      CREATE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_user = '${RETENTION_ROLE}' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = '42501';
      END $$;
      CREATE TRIGGER audit_event_immutable BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_immutable();
      CREATE FUNCTION audit_event_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events cannot be truncated' USING ERRCODE = '42501';
      END $$;
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_no_truncate();
      CREATE POLICY retention_purge ON audit_event FOR DELETE TO ${RETENTION_ROLE} USING (tenant_id = app_tenant_id());
    `);

    await q.query(`
      GRANT USAGE ON SCHEMA public TO ${RETENTION_ROLE};
      GRANT EXECUTE ON FUNCTION app_tenant_id(), app_user_id(), app_is_operator() TO ${RETENTION_ROLE};
      GRANT SELECT ON retention_bounds, tenant_retention, inquiry_hold, membership, archive_package TO ${RETENTION_ROLE};
      GRANT SELECT, UPDATE ON inquiry, citizen, learning_entry, import_job, recommendation_follow_up, recommendation, report,
        report_version, follow_up_note, inquiry_hold, archive_package TO ${RETENTION_ROLE};
      GRANT SELECT, DELETE ON report_document, follow_up_note_document, recommendation_follow_up_attachment TO ${RETENTION_ROLE};
      GRANT SELECT, INSERT, UPDATE ON tenant_version, citizen_erasure TO ${RETENTION_ROLE};
      GRANT SELECT, INSERT, DELETE ON audit_event TO ${RETENTION_ROLE};

      -- The periods in force: the municipality's (or the defaults), held inside the operator's bounds.
      CREATE FUNCTION retention_periods(p_tenant uuid, OUT inquiry_years int, OUT audit_years int, OUT wait_for_archive boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT greatest(b.inquiry_min_years, least(b.inquiry_max_years, coalesce(r.inquiry_years, 5))),
               greatest(b.audit_min_years, least(b.audit_max_years, coalesce(r.audit_years, 5))),
               coalesce(r.wait_for_archive, true)
        FROM retention_bounds b LEFT JOIN tenant_retention r ON r.tenant_id = p_tenant
      $$;

      CREATE FUNCTION retention_require_tenant(p_tenant uuid) RETURNS void LANGUAGE plpgsql STABLE SET search_path = public AS $$
      BEGIN
        IF p_tenant IS NULL OR app_tenant_id() IS DISTINCT FROM p_tenant THEN
          RAISE EXCEPTION 'retention runs in the context of the tenant it removes data of' USING ERRCODE = '42501';
        END IF;
      END $$;

      -- A literal term as a case-insensitive regular expression.
      CREATE FUNCTION retention_pattern(p_term text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT regexp_replace(p_term, '([.^$|?*+()\\[\\]{}\\\\-])', '\\\\\\1', 'g')
      $$;

      -- The text with every term replaced.
      CREATE FUNCTION retention_scrub(p_text text, p_terms text[]) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
      DECLARE t text; result text := p_text;
      BEGIN
        IF result IS NULL THEN RETURN NULL; END IF;
        FOREACH t IN ARRAY coalesce(p_terms, '{}') LOOP
          result := regexp_replace(result, retention_pattern(t), '${REMOVED}', 'gi');
        END LOOP;
        RETURN result;
      END $$;

      -- Whether the text holds any of the terms (case-insensitive).
      CREATE FUNCTION retention_mentions(p_text text, p_terms text[]) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
        SELECT p_text IS NOT NULL AND EXISTS (SELECT 1 FROM unnest(p_terms) t WHERE strpos(lower(p_text), lower(t)) > 0)
      $$;

      -- Whether the bytes hold any of the terms as UTF-8 (a CSV, a text file, an uncompressed PDF stream).
      CREATE FUNCTION retention_bytes_mention(p_bytes bytea, p_terms text[]) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
        SELECT p_bytes IS NOT NULL AND EXISTS (SELECT 1 FROM unnest(p_terms) t
          WHERE position(convert_to(t, 'UTF8') IN p_bytes) > 0 OR position(convert_to(lower(t), 'UTF8') IN p_bytes) > 0
            OR position(convert_to(upper(t), 'UTF8') IN p_bytes) > 0)
      $$;

      -- The CPR-like numbers (ddmmyy-nnnn, with or without the dash) in a text.
      CREATE FUNCTION retention_cpr_like(p_text text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
        SELECT coalesce(array_agg(DISTINCT m[1]), '{}') FROM regexp_matches(coalesce(p_text, ''), '(\\d{6}-?\\d{4})', 'g') AS m
      $$;

      /*
       * Removes what identifies the citizen from one inquiry, and, once none of the citizen's inquiries keeps its
       * personal data, from the citizen and the tenant's other free text. Audited without the removed data. Returns
       * false when there was nothing to do (already anonymised, or on hold). Not executable by the app role: it is the
       * shared path of retention_anonymise_inquiry (past retention) and retention_erase_citizen (Article 17).
       */
      CREATE FUNCTION retention_anonymise(p_tenant uuid, p_inquiry uuid, p_cause text) RETURNS boolean
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE
        inq record; cit record; terms text[]; learning_texts text; changed_reports uuid[] := '{}'; changed_follow_ups uuid[];
        n_learning int; n_imports int; n_attachments int; n_documents int := 0; n_archives int; n_texts int := 0; citizen_done boolean := false;
        k int;
      BEGIN
        PERFORM retention_require_tenant(p_tenant);
        SELECT * INTO inq FROM inquiry WHERE tenant_id = p_tenant AND id = p_inquiry FOR UPDATE;
        IF NOT FOUND OR inq.anonymised_at IS NOT NULL THEN RETURN false; END IF;
        IF EXISTS (SELECT 1 FROM inquiry_hold h WHERE h.tenant_id = p_tenant AND h.inquiry_id = p_inquiry AND h.lifted_at IS NULL) THEN
          RETURN false;
        END IF;
        SELECT * INTO cit FROM citizen WHERE tenant_id = p_tenant AND id = inq.citizen_id FOR UPDATE;
        SELECT string_agg(concat_ws(' ', what_went_wrong, why, what_was_learnt, prevention), ' ') INTO learning_texts
          FROM learning_entry WHERE tenant_id = p_tenant AND inquiry_id = p_inquiry;

        -- What identifies the citizen: the name, contact details, the advisor's reference, and the case's CPR-like numbers.
        -- (An anonymised citizen's placeholders are no terms.)
        SELECT coalesce(array_agg(DISTINCT t) FILTER (WHERE length(btrim(t)) >= 3), '{}') INTO terms FROM unnest(
          CASE WHEN cit.anonymised_at IS NULL THEN ARRAY[cit.display_name, cit.email, cit.phone, cit.reference] ELSE '{}'::text[] END
          || retention_cpr_like(inq.summary) || retention_cpr_like(learning_texts) || retention_cpr_like(inq.reference)) AS t;

        UPDATE inquiry SET summary = '', anonymised_at = now(),
          reference = CASE WHEN retention_mentions(reference, terms) OR reference ~ '\\d{6}-?\\d{4}' THEN 'anonym-' || id::text ELSE reference END
          WHERE tenant_id = p_tenant AND id = p_inquiry;
        UPDATE learning_entry SET what_went_wrong = '', why = '', what_was_learnt = '', prevention = '', updated_at = now()
          WHERE tenant_id = p_tenant AND inquiry_id = p_inquiry;
        GET DIAGNOSTICS n_learning = ROW_COUNT;

        -- Import jobs whose stored file or errors name the citizen or the case.
        UPDATE import_job SET content = NULL, errors = '[]'::jsonb,
          file_name = CASE WHEN retention_mentions(file_name, terms) THEN 'fjernet.' || format ELSE file_name END
          WHERE tenant_id = p_tenant AND (retention_bytes_mention(content, terms || inq.reference) OR retention_mentions(errors::text, terms || inq.reference)
            OR retention_mentions(file_name, terms));
        GET DIAGNOSTICS n_imports = ROW_COUNT;

        -- Archive packages of the case's period hold its personal data.
        UPDATE archive_package SET content = NULL, size_bytes = NULL, sha256 = NULL
          WHERE tenant_id = p_tenant AND content IS NOT NULL
            AND period_from <= coalesce(inq.closed_on, inq.received_on) AND period_to >= inq.received_on;
        GET DIAGNOSTICS n_archives = ROW_COUNT;

        -- The citizen goes once none of their inquiries keeps personal data.
        IF cit.anonymised_at IS NULL AND NOT EXISTS (
          SELECT 1 FROM inquiry WHERE tenant_id = p_tenant AND citizen_id = cit.id AND anonymised_at IS NULL
        ) THEN
          UPDATE citizen SET display_name = 'Anonymiseret borger', email = NULL, phone = NULL, reference = 'anonym-' || id::text, anonymised_at = now()
            WHERE tenant_id = p_tenant AND id = cit.id;
          citizen_done := true;
        END IF;

        IF citizen_done AND cardinality(terms) > 0 THEN
          -- The tenant's other free text that names the citizen.
          WITH changed AS (
            UPDATE recommendation_follow_up f SET text = retention_scrub(f.text, terms), updated_at = now()
            WHERE f.tenant_id = p_tenant AND retention_mentions(f.text, terms) RETURNING f.id, f.recommendation_id
          )
          SELECT coalesce(array_agg(c.id), '{}'), changed_reports || coalesce(array_agg(DISTINCT r.report_id), '{}')
            INTO changed_follow_ups, changed_reports
            FROM changed c JOIN recommendation r ON r.tenant_id = p_tenant AND r.id = c.recommendation_id;
          n_texts := n_texts + cardinality(changed_follow_ups);

          DELETE FROM recommendation_follow_up_attachment a
            WHERE a.tenant_id = p_tenant AND (a.follow_up_id = ANY (changed_follow_ups) OR retention_bytes_mention(a.content, terms)
              OR retention_mentions(a.file_name, terms));
          GET DIAGNOSTICS n_attachments = ROW_COUNT;

          WITH changed AS (
            UPDATE recommendation SET title = retention_scrub(title, terms), text = retention_scrub(text, terms)
            WHERE tenant_id = p_tenant AND (retention_mentions(title, terms) OR retention_mentions(text, terms)) RETURNING report_id
          )
          SELECT changed_reports || coalesce(array_agg(report_id), '{}'), n_texts + count(*) INTO changed_reports, n_texts FROM changed;

          WITH changed AS (
            UPDATE report SET title = retention_scrub(title, terms), foreword = retention_scrub(foreword, terms), themes = retention_scrub(themes, terms),
              examples = retention_scrub(examples, terms), follow_up_intro = retention_scrub(follow_up_intro, terms), updated_at = now()
            WHERE tenant_id = p_tenant AND (retention_mentions(title, terms) OR retention_mentions(foreword, terms) OR retention_mentions(themes, terms)
              OR retention_mentions(examples, terms) OR retention_mentions(follow_up_intro, terms)) RETURNING id
          )
          SELECT changed_reports || coalesce(array_agg(id), '{}'), n_texts + count(*) INTO changed_reports, n_texts FROM changed;

          UPDATE learning_entry SET what_went_wrong = retention_scrub(what_went_wrong, terms), why = retention_scrub(why, terms),
            what_was_learnt = retention_scrub(what_was_learnt, terms), prevention = retention_scrub(prevention, terms), updated_at = now()
            WHERE tenant_id = p_tenant AND (retention_mentions(what_went_wrong, terms) OR retention_mentions(why, terms)
              OR retention_mentions(what_was_learnt, terms) OR retention_mentions(prevention, terms));
          GET DIAGNOSTICS k = ROW_COUNT; n_texts := n_texts + k;
          UPDATE inquiry SET summary = retention_scrub(summary, terms)
            WHERE tenant_id = p_tenant AND retention_mentions(summary, terms);
          GET DIAGNOSTICS k = ROW_COUNT; n_texts := n_texts + k;
          UPDATE inquiry_hold SET reason = retention_scrub(reason, terms), lift_reason = retention_scrub(lift_reason, terms)
            WHERE tenant_id = p_tenant AND (retention_mentions(reason, terms) OR retention_mentions(lift_reason, terms));
          UPDATE citizen_erasure SET reason = retention_scrub(reason, terms) WHERE tenant_id = p_tenant AND retention_mentions(reason, terms);

          -- A report's documents also show the previous report's recommendations and answers: the next report's go too.
          changed_reports := changed_reports || ARRAY(
            SELECT (SELECT n.id FROM report n WHERE n.tenant_id = p_tenant AND n.period_from > r.period_to ORDER BY n.period_from LIMIT 1)
            FROM report r WHERE r.tenant_id = p_tenant AND r.id = ANY (changed_reports));
          DELETE FROM report_document WHERE tenant_id = p_tenant AND report_id = ANY (changed_reports);
          GET DIAGNOSTICS k = ROW_COUNT; n_documents := n_documents + k;
          UPDATE report_version SET status = 'failed', error = 'personal_data_removed'
            WHERE tenant_id = p_tenant AND report_id = ANY (changed_reports) AND status = 'ready';
          DELETE FROM follow_up_note_document WHERE tenant_id = p_tenant AND report_id = ANY (changed_reports);
          GET DIAGNOSTICS k = ROW_COUNT; n_documents := n_documents + k;
          UPDATE follow_up_note SET status = 'failed', error = 'personal_data_removed'
            WHERE tenant_id = p_tenant AND report_id = ANY (changed_reports) AND status = 'ready';
        END IF;

        INSERT INTO audit_event (tenant_id, user_id, action, subject_type, subject_id, details)
        VALUES (p_tenant, app_user_id(), 'inquiry.anonymised', 'inquiry', p_inquiry, jsonb_build_object(
          'cause', p_cause, 'citizenId', cit.id, 'citizenAnonymised', citizen_done, 'learningEntries', n_learning, 'importJobs', n_imports,
          'archivePackages', n_archives, 'otherTexts', n_texts, 'attachments', coalesce(n_attachments, 0), 'documents', n_documents));
        RETURN true;
      END $$;

      -- The tenant's closed inquiries past retention that may be anonymised now (no hold; a delivered archive when waiting);
      -- with p_only, that inquiry if it is one of them.
      CREATE FUNCTION retention_due_inquiries(p_tenant uuid, p_today date, p_only uuid DEFAULT NULL) RETURNS SETOF uuid
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
      DECLARE p record;
      BEGIN
        PERFORM retention_require_tenant(p_tenant);
        SELECT * INTO p FROM retention_periods(p_tenant);
        RETURN QUERY SELECT i.id FROM inquiry i
          WHERE i.tenant_id = p_tenant AND (p_only IS NULL OR i.id = p_only) AND i.status = 'closed' AND i.anonymised_at IS NULL AND i.closed_on IS NOT NULL
            AND i.closed_on < p_today - make_interval(years => p.inquiry_years)
            AND NOT EXISTS (SELECT 1 FROM inquiry_hold h WHERE h.tenant_id = p_tenant AND h.inquiry_id = i.id AND h.lifted_at IS NULL)
            AND (NOT p.wait_for_archive OR EXISTS (SELECT 1 FROM archive_package a
              WHERE a.tenant_id = p_tenant AND a.delivered_at IS NOT NULL AND i.closed_on BETWEEN a.period_from AND a.period_to))
          ORDER BY i.closed_on, i.id;
      END $$;

      -- The nightly path: anonymises the inquiry only when it is due (past retention, no hold, archived when waiting).
      CREATE FUNCTION retention_anonymise_inquiry(p_tenant uuid, p_inquiry uuid) RETURNS boolean
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        PERFORM retention_require_tenant(p_tenant);
        IF NOT EXISTS (SELECT 1 FROM retention_due_inquiries(p_tenant, current_date, p_inquiry)) THEN
          RETURN false;
        END IF;
        RETURN retention_anonymise(p_tenant, p_inquiry, 'retention');
      END $$;

      /*
       * Article 17: a tenant admin (the caller, app_user_id()) erases one citizen's personal data, keeping the statistics.
       * Refused when any of the citizen's inquiries is on hold. Returns how many inquiries were anonymised.
       */
      CREATE FUNCTION retention_erase_citizen(p_tenant uuid, p_citizen uuid, p_reason text) RETURNS int
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE cit record; terms text[]; i uuid; n int := 0;
      BEGIN
        PERFORM retention_require_tenant(p_tenant);
        IF NOT EXISTS (SELECT 1 FROM membership m WHERE m.tenant_id = p_tenant AND m.user_id = app_user_id() AND m.role = 'tenant_admin'
            AND m.deactivated_at IS NULL) THEN
          RAISE EXCEPTION 'only a tenant admin erases a citizen' USING ERRCODE = '42501';
        END IF;
        SELECT * INTO cit FROM citizen WHERE tenant_id = p_tenant AND id = p_citizen FOR UPDATE;
        IF NOT FOUND THEN RAISE EXCEPTION 'no such citizen' USING ERRCODE = 'P0002'; END IF;
        IF EXISTS (SELECT 1 FROM inquiry_hold h JOIN inquiry q ON q.tenant_id = h.tenant_id AND q.id = h.inquiry_id
            WHERE h.tenant_id = p_tenant AND q.citizen_id = p_citizen AND h.lifted_at IS NULL) THEN
          RAISE EXCEPTION 'an inquiry of the citizen is on hold' USING ERRCODE = '55000';
        END IF;
        terms := ARRAY(SELECT t FROM unnest(ARRAY[cit.display_name, cit.email, cit.phone, cit.reference]) t WHERE length(btrim(t)) >= 3);
        FOR i IN SELECT id FROM inquiry WHERE tenant_id = p_tenant AND citizen_id = p_citizen AND anonymised_at IS NULL ORDER BY received_on, id LOOP
          IF retention_anonymise(p_tenant, i, 'erasure') THEN n := n + 1; END IF;
        END LOOP;
        -- A citizen without inquiries (or whose inquiries were already anonymised) is anonymised all the same.
        UPDATE citizen SET display_name = 'Anonymiseret borger', email = NULL, phone = NULL, reference = 'anonym-' || id::text, anonymised_at = now()
          WHERE tenant_id = p_tenant AND id = p_citizen AND anonymised_at IS NULL;
        INSERT INTO citizen_erasure (tenant_id, citizen_id, reason, erased_by, inquiries)
        VALUES (p_tenant, p_citizen, retention_scrub(btrim(p_reason), terms), app_user_id(), n);
        INSERT INTO audit_event (tenant_id, user_id, action, subject_type, subject_id, details)
        VALUES (p_tenant, app_user_id(), 'citizen.erased', 'citizen', p_citizen, jsonb_build_object('citizenId', p_citizen, 'inquiries', n));
        RETURN n;
      END $$;

      /*
       * Removes the tenant's audit events older than p_before, but never any younger than the tenant's audit retention
       * (a later p_before counts as the retention's start). Audited with the count. Returns how many were removed.
       */
      CREATE FUNCTION retention_purge_audit(p_tenant uuid, p_before timestamptz) RETURNS int
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE p record; cutoff timestamptz; n int;
      BEGIN
        PERFORM retention_require_tenant(p_tenant);
        SELECT * INTO p FROM retention_periods(p_tenant);
        cutoff := least(p_before, now() - make_interval(years => p.audit_years));
        DELETE FROM audit_event WHERE tenant_id = p_tenant AND occurred_at < cutoff;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n > 0 THEN
          INSERT INTO audit_event (tenant_id, user_id, action, subject_type, subject_id, details)
          VALUES (p_tenant, app_user_id(), 'audit.purged', 'tenant', p_tenant, jsonb_build_object('before', cutoff, 'events', n));
        END IF;
        RETURN n;
      END $$;

      -- Finished import jobs older than the inquiry retention keep no file and no error texts, unless they name a case that
      -- keeps its personal data (held, or waiting for its archive): that case's own anonymisation empties them.
      CREATE FUNCTION retention_purge_imports(p_tenant uuid) RETURNS int
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE p record; n int;
      BEGIN
        PERFORM retention_require_tenant(p_tenant);
        SELECT * INTO p FROM retention_periods(p_tenant);
        UPDATE import_job j SET content = NULL, errors = '[]'::jsonb
          WHERE j.tenant_id = p_tenant AND j.status IN ('succeeded', 'failed') AND j.created_at < now() - make_interval(years => p.inquiry_years)
            AND (j.content IS NOT NULL OR j.errors <> '[]'::jsonb)
            AND NOT EXISTS (
              SELECT 1 FROM inquiry i JOIN citizen c ON c.tenant_id = i.tenant_id AND c.id = i.citizen_id
              WHERE i.tenant_id = p_tenant AND i.anonymised_at IS NULL
                AND (retention_bytes_mention(j.content, ARRAY[c.display_name, c.email, c.phone, c.reference, i.reference])
                  OR retention_mentions(j.errors::text, ARRAY[c.display_name, c.email, c.phone, c.reference, i.reference])));
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN n;
      END $$;
    `);

    const internal = [
      'retention_require_tenant(uuid)', 'retention_pattern(text)', 'retention_scrub(text, text[])', 'retention_mentions(text, text[])',
      'retention_bytes_mention(bytea, text[])', 'retention_cpr_like(text)', 'retention_anonymise(uuid, uuid, text)',
    ];
    const callable = [
      'retention_periods(uuid)', 'retention_due_inquiries(uuid, date, uuid)', 'retention_anonymise_inquiry(uuid, uuid)',
      'retention_erase_citizen(uuid, uuid, text)', 'retention_purge_audit(uuid, timestamptz)', 'retention_purge_imports(uuid)',
    ];
    for (const fn of [...internal, ...callable]) await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC; GRANT EXECUTE ON FUNCTION ${fn} TO ${RETENTION_ROLE}`);
    for (const fn of callable) await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_ROLE}`);
    // A new owner needs CREATE on the schema only while taking the functions over.
    await q.query(`GRANT CREATE ON SCHEMA public TO ${RETENTION_ROLE}`);
    for (const fn of [...internal, ...callable]) await q.query(`ALTER FUNCTION ${fn} OWNER TO ${RETENTION_ROLE}`);
    await q.query(`REVOKE CREATE ON SCHEMA public FROM ${RETENTION_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION retention_purge_imports(uuid), retention_purge_audit(uuid, timestamptz), retention_erase_citizen(uuid, uuid, text),
        retention_anonymise_inquiry(uuid, uuid), retention_due_inquiries(uuid, date, uuid), retention_anonymise(uuid, uuid, text),
        retention_cpr_like(text), retention_bytes_mention(bytea, text[]), retention_mentions(text, text[]), retention_scrub(text, text[]),
        retention_pattern(text), retention_require_tenant(uuid), retention_periods(uuid);
      DROP POLICY retention_purge ON audit_event;
      DROP TRIGGER audit_event_no_truncate ON audit_event;
      DROP TRIGGER audit_event_immutable ON audit_event;
      DROP FUNCTION audit_event_no_truncate(), audit_event_immutable();
      DROP INDEX inquiry_retention_idx;
      ALTER TABLE citizen DROP COLUMN anonymised_at;
      ALTER TABLE inquiry DROP COLUMN anonymised_at;
      DROP TABLE citizen_erasure, inquiry_hold, tenant_retention, retention_bounds;
      REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${RETENTION_ROLE};
      REVOKE EXECUTE ON FUNCTION app_tenant_id(), app_user_id(), app_is_operator() FROM ${RETENTION_ROLE};
      REVOKE USAGE ON SCHEMA public FROM ${RETENTION_ROLE};
    `);
  }
}
