#!/bin/sh
# Runs one Raadgiver role per container: api | worker | migrate (or any other command).
# The tree is compiled JavaScript (tools/build/server-bundle.mjs); source maps give stack traces in TypeScript lines.
set -eu
cd /app
case "${1:-api}" in
  api) exec node --enable-source-maps apps/api/src/main.js ;;
  worker) exec node --enable-source-maps apps/worker/src/main.js ;;
  migrate) exec node --enable-source-maps infra/migrate.js ;;
  *) exec "$@" ;;
esac
