-- The audit log: append-only and tamper-evident. Each entry stores the hash of the entry before
-- it (a hash chain), so an entry altered or removed behind the application's back breaks the chain
-- at that point. The table itself refuses UPDATE, DELETE and TRUNCATE.

CREATE TABLE audit_entry (
    sequence        BIGINT       PRIMARY KEY CHECK (sequence >= 1),
    at              TIMESTAMPTZ  NOT NULL,
    actor_id        VARCHAR(100) NOT NULL,
    action          VARCHAR(40)  NOT NULL,
    case_id         UUID         NOT NULL,
    status_before   VARCHAR(30),
    status_after    VARCHAR(30),
    detail          TEXT         NOT NULL,
    previous_hash   VARCHAR(64)  NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    hash            VARCHAR(64)  NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX audit_entry_case_idx ON audit_entry (case_id, sequence);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();

-- Victim pseudonyms: the last number handed out for each year.
CREATE TABLE pseudonym_counter (
    year        INTEGER PRIMARY KEY CHECK (year BETWEEN 1000 AND 9999),
    last_value  BIGINT  NOT NULL CHECK (last_value BETWEEN 1 AND 999999)
);
