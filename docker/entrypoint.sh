#!/bin/sh
# Picks the process to run: `api` (HTTP; runs migrations at start unless DATABASE_MIGRATIONS_RUN=false),
# `worker` (queue processors, outbox relay), or `migrate` (apply migrations and exit).
set -e
role="${1:-api}"
export ASSAY_ROLE="$role"
# The main thread's V8 heap (MiB). The grading sandboxes' threads have their own ceilings (256 MiB of V8
# heap each, WASM memory bounded per answer); see docs/decisions/0113-worker-memory-budget.md for the
# whole worker's budget and the container limit it fits in.
heap="${ASSAY_MAX_OLD_SPACE_MB:-}"
case "$role" in
  api) exec node --max-old-space-size="${heap:-1024}" dist/apps/api/src/main.js ;;
  worker) exec node --max-old-space-size="${heap:-512}" dist/apps/worker/src/main.js ;;
  migrate) exec node dist/scripts/db.js migrate ;;
  cli) shift; exec node dist/scripts/cli.js "$@" ;;
  *) echo "usage: assay api|worker|migrate|cli …" >&2; exit 64 ;;
esac
