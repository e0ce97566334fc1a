#!/bin/bash
# First start of the postgres:17 container: the two roles and the database, as
# bootstrapDatabase() (libs/db) does for development. The schema itself comes from `migrate`.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$RAADGIVER_OWNER_PASSWORD" \
  -v app_password="$RAADGIVER_APP_PASSWORD" <<'SQL'
-- Owns the schema and runs migrations; never used by the running services.
CREATE ROLE raadgiver_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
-- API and worker: owns nothing, cannot bypass row-level security.
CREATE ROLE raadgiver_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
-- Owns only the two tenant-bound search functions, so their trigram searches can use the indexes
-- (row-level security keeps ILIKE from using them); cannot log in.
CREATE ROLE raadgiver_search NOLOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE;
GRANT raadgiver_search TO raadgiver_owner;
-- Owns only the retention functions (anonymisation, erasure, the audit purge); the only role that may delete audit
-- events, and only through those functions; cannot log in and cannot bypass row-level security.
CREATE ROLE raadgiver_retention NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
GRANT raadgiver_retention TO raadgiver_owner;
CREATE DATABASE raadgiver OWNER raadgiver_owner ENCODING 'UTF8' TEMPLATE template0;
\connect raadgiver
ALTER SCHEMA public OWNER TO raadgiver_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
