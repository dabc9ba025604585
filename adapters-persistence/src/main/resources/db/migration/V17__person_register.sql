-- One person behind the accused of many cases (issue 18). A person row has the id the accused rows
-- already carry (accused.person_id); cases are never rewritten by a link: a record found to be the
-- same person as another is joined to it (joined_to), and separated again by clearing it.

-- Close names are found by trigram similarity of their matching keys (NameNormaliser). pg_trgm is a
-- trusted extension: the schema's owner installs it with CREATE on the database, no superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE person (
    id            UUID         PRIMARY KEY,
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('PERSON', 'ORGANISATION')),
    -- as FIRs wrote them: the first the main name, the others aliases and other spellings
    names         TEXT[]       NOT NULL CHECK (cardinality(names) BETWEEN 1 AND 100),
    father_name   VARCHAR(200) CHECK (btrim(father_name) <> ''),
    cnic          VARCHAR(15)  CHECK (cnic ~ '^[0-9]{5}-[0-9]{7}-[0-9]$'),
    passport      VARCHAR(20)  CHECK (passport ~ '^[A-Z0-9]{5,20}$'),
    phones        VARCHAR(15)[] NOT NULL DEFAULT '{}',
    district      VARCHAR(100) CHECK (btrim(district) <> ''),
    nationality   VARCHAR(2)   CHECK (nationality ~ '^[A-Z]{2}$'),
    joined_to     UUID         REFERENCES person (id),
    joined_at     TIMESTAMPTZ,
    -- the NameNormaliser version the keys below were made with; 0: not yet made (rows of this migration)
    key_version   INTEGER      NOT NULL DEFAULT 0,
    father_key    VARCHAR(400),
    district_key  VARCHAR(100),
    CONSTRAINT person_not_joined_to_itself CHECK (joined_to IS DISTINCT FROM id),
    CONSTRAINT person_joined_dated CHECK ((joined_to IS NULL) = (joined_at IS NULL))
);
CREATE INDEX person_cnic_idx ON person (cnic) WHERE cnic IS NOT NULL;
CREATE INDEX person_passport_idx ON person (passport) WHERE passport IS NOT NULL;
CREATE INDEX person_phones_idx ON person USING GIN (phones);
CREATE INDEX person_joined_to_idx ON person (joined_to) WHERE joined_to IS NOT NULL;
CREATE INDEX person_key_version_idx ON person (key_version);

-- The matching keys of a person's names, one row each (a trigram index serves "close to this key").
CREATE TABLE person_name_key (
    person_id  UUID         NOT NULL REFERENCES person (id),
    name_key   VARCHAR(400) NOT NULL CHECK (name_key <> ''),
    PRIMARY KEY (person_id, name_key)
);
CREATE INDEX person_name_key_trgm_idx ON person_name_key USING GIN (name_key gin_trgm_ops);
CREATE INDEX person_name_key_exact_idx ON person_name_key (name_key);

-- A candidate an investigator said is not the same person: not proposed again for that pair.
CREATE TABLE person_candidate_rejection (
    person_id     UUID         NOT NULL REFERENCES person (id),
    candidate_id  UUID         NOT NULL REFERENCES person (id),
    rejected_by   VARCHAR(100) NOT NULL,
    rejected_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (person_id, candidate_id),
    CONSTRAINT person_candidate_rejection_two CHECK (person_id <> candidate_id)
);

-- Every accused so far gets its person, from its first case's row (by registration), with every
-- spelling its cases wrote; the keys are made by the service at its next start (key_version 0).
INSERT INTO person (id, kind, names, cnic, nationality)
SELECT a.person_id,
       (array_agg(a.kind ORDER BY f.registered_on, a.case_id, a.position))[1],
       array_agg(DISTINCT a.name),
       (array_agg(a.cnic ORDER BY f.registered_on, a.case_id, a.position) FILTER (WHERE a.cnic IS NOT NULL))[1],
       (array_agg(a.nationality ORDER BY f.registered_on, a.case_id, a.position) FILTER (WHERE a.nationality IS NOT NULL))[1]
FROM accused a JOIN case_file f ON f.id = a.case_id
GROUP BY a.person_id;

CREATE INDEX accused_person_idx ON accused (person_id);

-- The service keeps persons current: new ones, more particulars, joins and separations, keys
-- remade when the normaliser changes; rejections are only added.
GRANT SELECT, INSERT, UPDATE ON person TO "${app_role}";
GRANT SELECT, INSERT, DELETE ON person_name_key TO "${app_role}";
GRANT SELECT, INSERT ON person_candidate_rejection TO "${app_role}";
