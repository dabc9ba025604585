-- How each audit entry is sealed. Entries written before this migration are SHA-256 over their
-- content and the previous hash (anyone with the database can recompute them); entries written
-- from now on are HMAC-SHA-256 under a key kept outside the database, named by key_id. The first
-- keyed entry links to the last SHA-256 one, so the old chain stays verifiable and anchors the new.
-- Adding columns fires no row trigger: the append-only triggers stay as they are.

ALTER TABLE audit_entry ADD COLUMN seal VARCHAR(12) NOT NULL DEFAULT 'SHA256'
    CHECK (seal IN ('SHA256', 'HMAC_SHA256'));
-- Every new row names its seal explicitly.
ALTER TABLE audit_entry ALTER COLUMN seal DROP DEFAULT;
ALTER TABLE audit_entry ADD COLUMN key_id VARCHAR(40)
    CHECK (key_id IS NULL OR key_id ~ '^[A-Za-z0-9._-]{1,40}$');
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_key_names_the_seal
    CHECK ((seal = 'SHA256') = (key_id IS NULL));
