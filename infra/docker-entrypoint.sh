#!/bin/sh
# Runs one Raadgiver role per container: api | worker | migrate (or any other command).
set -eu
cd /app
case "${1:-api}" in
  api) exec node -r @swc-node/register apps/api/src/main.ts ;;
  worker) exec node -r @swc-node/register apps/worker/src/main.ts ;;
  migrate) exec node -r @swc-node/register infra/migrate.ts ;;
  *) exec "$@" ;;
esac
