-- Runs once, when the PostgreSQL volume is first created (docker-entrypoint-initdb.d).
-- The application connects as an ordinary role that owns its database (it runs the migrations), never as a
-- superuser: superusers bypass privileges, and the audit log's append-only grants (migration
-- 1764301100000, decision 0800) hold only for an ordinary role.
CREATE ROLE assay LOGIN PASSWORD 'assay' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE assay OWNER assay;
