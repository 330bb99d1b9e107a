#!/bin/sh
# Creates (or upgrades) Temporal's two PostgreSQL databases: the store and visibility. Safe to rerun:
# create fails harmlessly on an existing database, setup-schema -v 0.0 is a no-op on a versioned one,
# and update-schema moves an existing schema to the image's version.
set -eu
: "${POSTGRES_SEEDS:?POSTGRES_SEEDS (the PostgreSQL host) is required}"
: "${POSTGRES_USER:?POSTGRES_USER is required}"
: "${SQL_PASSWORD:?SQL_PASSWORD is required}"
port=${DB_PORT:-5432}
schemas=${TEMPORAL_SCHEMA_DIR:-/etc/temporal/schema/postgresql/v12}

until nc -z -w 5 "$POSTGRES_SEEDS" "$port"; do echo "waiting for PostgreSQL at $POSTGRES_SEEDS:$port"; sleep 2; done

for db in temporal temporal_visibility; do
  dir=temporal
  [ "$db" = temporal_visibility ] && dir=visibility
  sql() { temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "$port" -u "$POSTGRES_USER" --db "$db" "$@"; }
  sql create || echo "database $db exists"
  sql setup-schema -v 0.0
  sql update-schema -d "$schemas/$dir/versioned"
done
echo "Temporal schemas are up to date"
