-- Saving a case now writes the rows its domain events add or change, never a rewrite of its parts.

-- Each audit entry of a change keeps the content of the events it records (one line per event, no
-- personal data); the entry's seal covers it. Entries written before, and reads, have none (NULL).
-- Adding a column fires no row trigger: the append-only triggers stay as they are.
ALTER TABLE audit_entry ADD COLUMN events TEXT;

-- A case's parts are only ever added, except its charges (a verdict, a sentence) and its recorded
-- facts (replaced by newer ones): the service may no longer change or delete the others.
REVOKE UPDATE, DELETE ON case_status_date, case_fir_section, victim, victim_identity, accused, offence_victim,
    hearing, case_warning FROM "${app_role}";
REVOKE DELETE ON offence, case_facts FROM "${app_role}";
