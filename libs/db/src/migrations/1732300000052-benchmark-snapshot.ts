import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../tenancy/roles';

/**
 * The published national benchmark, built once per version of the aggregates (the md5 of the data it is built
 * from, the same version the data statement gives) for every year with figures, so that the API answers from a
 * held text instead of rebuilding all tenants' figures per request. Not tenant-owned: it is the public build
 * (opted-in names, small cells already suppressed), readable by everyone. The app role may only read it; the
 * worker publishes through benchmark_snapshot_publish, which adds one version's years and drops versions
 * superseded more than an hour ago, and can neither change a version nor remove the current one.
 */
export class BenchmarkSnapshot1732300000052 implements MigrationInterface {
  name = 'BenchmarkSnapshot1732300000052';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE benchmark_snapshot (
        version text NOT NULL CHECK (version ~ '^[0-9a-f]{32}$'),
        year int NOT NULL CHECK (year BETWEEN 1970 AND 2100),
        scope text NOT NULL CHECK (scope = 'public'),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (version, year, scope)
      );
      CREATE INDEX benchmark_snapshot_newest ON benchmark_snapshot (scope, created_at DESC);
      GRANT SELECT ON benchmark_snapshot TO ${APP_ROLE};

      -- One version at a time (the advisory lock), so the newest row is always the newest data: a version already
      -- the newest is left as it is; one seen before is made the newest again.
      CREATE FUNCTION benchmark_snapshot_publish(p_version text, p_years int[], p_bodies text[]) RETURNS boolean
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      DECLARE newest text;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended('benchmark_snapshot', 0));
        SELECT version INTO newest FROM benchmark_snapshot WHERE scope = 'public' ORDER BY created_at DESC LIMIT 1;
        IF newest IS NOT DISTINCT FROM p_version THEN RETURN false; END IF;
        DELETE FROM benchmark_snapshot WHERE version = p_version;
        INSERT INTO benchmark_snapshot (version, year, scope, body)
        SELECT p_version, y, 'public', b FROM unnest(p_years, p_bodies) AS s(y, b);
        DELETE FROM benchmark_snapshot WHERE version <> p_version AND created_at < clock_timestamp() - interval '1 hour';
        RETURN true;
      END $$;
      REVOKE ALL ON FUNCTION benchmark_snapshot_publish(text, int[], text[]) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION benchmark_snapshot_publish(text, int[], text[]) TO ${APP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION benchmark_snapshot_publish(text, int[], text[]); DROP TABLE benchmark_snapshot;`);
  }
}
