-- Least privilege: the service connects as its own role (${app_role}, the datasource's user) and may
-- do only what its use cases need. Migrations run as the schema's owner, a different role, so the
-- service cannot alter a table, disable a trigger or rewrite the audit log and its hash chain.

GRANT USAGE ON SCHEMA public TO "${app_role}";

-- Reading and appending on every table made so far; the lines below narrow or widen it per table.
GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO "${app_role}";
REVOKE ALL ON flyway_schema_history FROM "${app_role}";
REVOKE INSERT ON statute FROM "${app_role}";

-- The statute catalogue is reference data: only migrations change it.
GRANT SELECT ON statute TO "${app_role}";

-- A case is never deleted; its parts are rewritten as the case changes.
GRANT SELECT, INSERT, UPDATE ON case_file TO "${app_role}";
GRANT SELECT, INSERT, UPDATE, DELETE ON case_status_date, case_fir_section, victim, victim_identity, accused,
    offence, offence_victim, hearing, case_warning, case_facts TO "${app_role}";

-- The audit log is append-only for the service: no UPDATE, DELETE or TRUNCATE, whatever the triggers.
GRANT SELECT, INSERT ON audit_entry TO "${app_role}";

GRANT SELECT, INSERT, UPDATE ON pseudonym_counter TO "${app_role}";

-- Tables of later migrations: reading and appending only, unless their migration grants more.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO "${app_role}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "${app_role}";
