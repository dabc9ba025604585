-- How the victim stands to whoever recruited them (the CTDC recruiter-relation vocabulary).
-- Victims recorded before this column existed get UNKNOWN, as the domain defaults it.
ALTER TABLE victim
    ADD COLUMN recruiter_relation VARCHAR(20) NOT NULL DEFAULT 'UNKNOWN'
        CONSTRAINT victim_recruiter_relation_known
        CHECK (recruiter_relation IN ('INTIMATE_PARTNER', 'FRIEND', 'FAMILY', 'OTHER', 'UNKNOWN'));
