#!/bin/sh
# Picks the process to run: `api` (HTTP; runs migrations at start unless DATABASE_MIGRATIONS_RUN=false),
# `worker` (queue processors, outbox relay), or `migrate` (apply migrations and exit).
set -e
role="${1:-api}"
export ASSAY_ROLE="$role"
case "$role" in
  api) exec node dist/apps/api/src/main.js ;;
  worker) exec node dist/apps/worker/src/main.js ;;
  migrate) exec node dist/scripts/db.js migrate ;;
  cli) shift; exec node dist/scripts/cli.js "$@" ;;
  *) echo "usage: assay api|worker|migrate|cli …" >&2; exit 64 ;;
esac
