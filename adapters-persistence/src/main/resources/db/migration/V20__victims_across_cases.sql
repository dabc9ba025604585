-- The person behind a victim, across cases (issue 18 items 1 and 6). What is known of the person is
-- part of the protected identity: encrypted by the service (AES-256-GCM, as victim_identity) with a
-- key the database never holds. Cases find each other through blind indexes: keyed hashes
-- (HMAC-SHA-256, key outside the database) of normalised CNIC, passport, phones and name with
-- father's name, compared for equality. The database sees which victims share a hash, never what.

CREATE TABLE victim_person (
    victim_id     UUID         PRIMARY KEY REFERENCES victim (id) ON DELETE CASCADE,
    key_id        VARCHAR(40)  NOT NULL,
    names_enc     BYTEA        NOT NULL,
    father_enc    BYTEA,
    cnic_enc      BYTEA,
    passport_enc  BYTEA,
    phones_enc    BYTEA,
    district_enc  BYTEA,
    recorded_at   TIMESTAMPTZ  NOT NULL
);

-- One row per term of a victim; reason tells what an equal digest in another case shows.
CREATE TABLE victim_blind_index (
    victim_id  UUID        NOT NULL REFERENCES victim (id) ON DELETE CASCADE,
    digest     BYTEA       NOT NULL CHECK (octet_length(digest) = 32),
    reason     VARCHAR(20) NOT NULL CHECK (reason IN ('SAME_CNIC', 'SAME_PASSPORT', 'SAME_PHONE', 'SAME_NAME')),
    PRIMARY KEY (victim_id, digest)
);
CREATE INDEX victim_blind_index_digest_idx ON victim_blind_index (digest);

-- Two victims of two cases an investigator confirmed to be one person; one row per pair, the
-- smaller id first. Separating deletes the row: the cases themselves were never rewritten.
CREATE TABLE victim_link (
    victim_id  UUID         NOT NULL REFERENCES victim (id) ON DELETE CASCADE,
    other_id   UUID         NOT NULL REFERENCES victim (id) ON DELETE CASCADE,
    linked_by  VARCHAR(100) NOT NULL,
    linked_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (victim_id, other_id),
    CONSTRAINT victim_link_ordered CHECK (victim_id < other_id)
);
CREATE INDEX victim_link_other_idx ON victim_link (other_id);

-- A match an investigator said is not the same person: not shown again for that pair.
CREATE TABLE victim_candidate_rejection (
    victim_id     UUID         NOT NULL REFERENCES victim (id) ON DELETE CASCADE,
    candidate_id  UUID         NOT NULL REFERENCES victim (id) ON DELETE CASCADE,
    rejected_by   VARCHAR(100) NOT NULL,
    rejected_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (victim_id, candidate_id),
    CONSTRAINT victim_candidate_rejection_two CHECK (victim_id <> candidate_id)
);

-- Particulars are replaced as investigators learn more (their terms with them); links are made and
-- undone; rejections are only added.
GRANT SELECT, INSERT, UPDATE ON victim_person TO "${app_role}";
GRANT SELECT, INSERT, DELETE ON victim_blind_index TO "${app_role}";
GRANT SELECT, INSERT, DELETE ON victim_link TO "${app_role}";
GRANT SELECT, INSERT ON victim_candidate_rejection TO "${app_role}";
