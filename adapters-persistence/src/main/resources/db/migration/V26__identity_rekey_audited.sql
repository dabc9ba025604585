-- Re-encrypting victims' identities under the current identity key (`identity rekey`) is written to
-- the audit chain, one entry per batch; like publishing the figures, it concerns no one case.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_names_its_case;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_names_its_case
    CHECK ((case_id IS NULL) = (action IN ('PUBLISH_FIGURES', 'REKEY_IDENTITIES')));
