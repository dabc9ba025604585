-- The case aggregate: one row per case with its version (optimistic locking), and one table per
-- part of it. Child rows carry their own UUID key; the natural keys are UNIQUE constraints. Vocabulary values are the names of the domain's enums. Victim identities are held
-- apart, encrypted by the application (AES-GCM): the database never sees them in clear.

CREATE TABLE case_file (
    id                           UUID         PRIMARY KEY,
    version                      BIGINT       NOT NULL CHECK (version >= 1),
    fir_number                   VARCHAR(60)  NOT NULL CHECK (btrim(fir_number) <> ''),
    circle                       VARCHAR(100) NOT NULL CHECK (btrim(circle) <> ''),
    registered_on                DATE         NOT NULL,
    status                       VARCHAR(30)  NOT NULL CHECK (status IN ('REGISTERED', 'UNDER_INVESTIGATION',
                                     'CHARGE_SHEET_FILED', 'ON_TRIAL', 'DECIDED', 'CLOSED', 'INVESTIGATION_CLOSED')),
    investigation_closed_reason  TEXT,
    lead_investigator            VARCHAR(100),
    prosecutor                   VARCHAR(100),
    court                        VARCHAR(200),
    judge                        VARCHAR(100),
    CONSTRAINT case_file_fir_unique UNIQUE (circle, fir_number),
    CONSTRAINT case_file_closed_has_reason CHECK ((status = 'INVESTIGATION_CLOSED') = (investigation_closed_reason IS NOT NULL))
);

-- Every filter of the case list has an index; (registered_on, id) is the keyset of its pages.
CREATE INDEX case_file_page_idx ON case_file (registered_on DESC, id DESC);
CREATE INDEX case_file_status_idx ON case_file (status, registered_on DESC, id DESC);
CREATE INDEX case_file_circle_idx ON case_file (circle, registered_on DESC, id DESC);
CREATE INDEX case_file_prosecutor_idx ON case_file (prosecutor) WHERE prosecutor IS NOT NULL;
CREATE INDEX case_file_judge_idx ON case_file (judge) WHERE judge IS NOT NULL;
CREATE INDEX case_file_lead_investigator_idx ON case_file (lead_investigator) WHERE lead_investigator IS NOT NULL;

CREATE TABLE case_status_date (
    id          UUID        PRIMARY KEY,
    case_id     UUID        NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    status      VARCHAR(30) NOT NULL CHECK (status IN ('REGISTERED', 'UNDER_INVESTIGATION', 'CHARGE_SHEET_FILED',
                                'ON_TRIAL', 'DECIDED', 'CLOSED', 'INVESTIGATION_CLOSED')),
    entered_on  DATE        NOT NULL,
    CONSTRAINT case_status_date_unique UNIQUE (case_id, status)
);

-- The sections the FIR was registered under (the suspected statutes).
CREATE TABLE case_fir_section (
    id            UUID        PRIMARY KEY,
    case_id       UUID        NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    statute_code  VARCHAR(32) NOT NULL,
    CONSTRAINT case_fir_section_unique UNIQUE (case_id, statute_code)
);
CREATE INDEX case_fir_section_code_idx ON case_fir_section (statute_code);

CREATE TABLE victim (
    id                UUID         PRIMARY KEY,
    case_id           UUID         NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    position          INTEGER      NOT NULL CHECK (position >= 0),
    pseudonym         VARCHAR(20)  NOT NULL UNIQUE CHECK (pseudonym ~ '^V-[0-9]{4}-[0-9]{6}$'),
    gender            VARCHAR(20)  NOT NULL,
    date_of_birth     DATE,
    estimated_age     INTEGER      CHECK (estimated_age BETWEEN 0 AND 130),
    estimated_on      DATE,
    nationality       VARCHAR(2)   CHECK (nationality ~ '^[A-Z]{2}$'),
    vulnerabilities   VARCHAR(60)[] NOT NULL DEFAULT '{}',
    exploitation      VARCHAR(60)[] NOT NULL DEFAULT '{}',
    protection        VARCHAR(60)[] NOT NULL DEFAULT '{}',
    CONSTRAINT victim_position_unique UNIQUE (case_id, position),
    CONSTRAINT victim_age_evidence CHECK (date_of_birth IS NULL OR estimated_age IS NULL),
    CONSTRAINT victim_estimate_dated CHECK ((estimated_age IS NULL) = (estimated_on IS NULL))
);
CREATE INDEX victim_case_idx ON victim (case_id);

-- Name, CNIC, contact and address: ciphertext only (AES-GCM, nonce || ciphertext || tag).
CREATE TABLE victim_identity (
    victim_id      UUID  PRIMARY KEY REFERENCES victim (id) ON DELETE CASCADE,
    key_id         VARCHAR(40) NOT NULL,
    name_enc       BYTEA NOT NULL,
    cnic_enc       BYTEA,
    contact_enc    BYTEA,
    address_enc    BYTEA
);

CREATE TABLE accused (
    id                             UUID         PRIMARY KEY,
    case_id                        UUID         NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    person_id                      UUID         NOT NULL,
    position                       INTEGER      NOT NULL CHECK (position >= 0),
    kind                           VARCHAR(20)  NOT NULL CHECK (kind IN ('PERSON', 'ORGANISATION')),
    name                           VARCHAR(200) NOT NULL CHECK (btrim(name) <> ''),
    cnic                           VARCHAR(20),
    roles                          VARCHAR(60)[] NOT NULL DEFAULT '{}',
    nationality                    VARCHAR(2)   CHECK (nationality ~ '^[A-Z]{2}$'),
    links                          UUID[]       NOT NULL DEFAULT '{}',
    non_punishment_justification   TEXT,
    CONSTRAINT accused_person_unique UNIQUE (case_id, person_id),
    CONSTRAINT accused_position_unique UNIQUE (case_id, position)
);

-- A charge: one accused, one statute version, the victims it concerns, the facts alleged, and
-- later its verdict and sentence.
CREATE TABLE offence (
    id                      UUID        PRIMARY KEY,
    case_id                 UUID        NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    position                INTEGER     NOT NULL CHECK (position >= 0),
    accused_id              UUID        NOT NULL,
    statute_code            VARCHAR(32) NOT NULL,
    statute_version         INTEGER     NOT NULL,
    acts                    VARCHAR(60)[] NOT NULL DEFAULT '{}',
    means                   VARCHAR(60)[] NOT NULL DEFAULT '{}',
    purposes                VARCHAR(60)[] NOT NULL DEFAULT '{}',
    circumstances           VARCHAR(60)[] NOT NULL DEFAULT '{}',
    route                   VARCHAR(2)[] NOT NULL CHECK (cardinality(route) >= 1),
    offence_date            DATE        NOT NULL,
    verdict                 VARCHAR(20) CHECK (verdict IN ('CONVICTED', 'ACQUITTED', 'WITHDRAWN')),
    verdict_date            DATE,
    sentence_kind           VARCHAR(30) CHECK (sentence_kind IN ('IMPRISONMENT_FOR_A_TERM', 'IMPRISONMENT_FOR_LIFE', 'DEATH', 'FINE_ONLY')),
    sentence_pronounced_on  DATE,
    sentence_term           VARCHAR(20),
    sentence_fine_pkr       BIGINT      CHECK (sentence_fine_pkr >= 0),
    CONSTRAINT offence_position_unique UNIQUE (case_id, position),
    CONSTRAINT offence_accused_fk FOREIGN KEY (case_id, accused_id) REFERENCES accused (case_id, person_id) ON DELETE CASCADE,
    CONSTRAINT offence_statute_fk FOREIGN KEY (statute_code, statute_version) REFERENCES statute (code, version),
    CONSTRAINT offence_verdict_dated CHECK ((verdict IS NULL) = (verdict_date IS NULL)),
    -- Invariant 5 as far as a row can hold it: a sentence only after a conviction.
    CONSTRAINT offence_sentence_after_conviction CHECK (sentence_kind IS NULL OR verdict = 'CONVICTED'),
    CONSTRAINT offence_sentence_dated CHECK ((sentence_kind IS NULL) = (sentence_pronounced_on IS NULL)),
    CONSTRAINT offence_term_only_for_a_term CHECK ((sentence_kind = 'IMPRISONMENT_FOR_A_TERM') = (sentence_term IS NOT NULL))
);
CREATE INDEX offence_case_idx ON offence (case_id);
CREATE INDEX offence_statute_idx ON offence (statute_code, case_id);

CREATE TABLE offence_victim (
    id          UUID PRIMARY KEY,
    offence_id  UUID NOT NULL REFERENCES offence (id) ON DELETE CASCADE,
    victim_id   UUID NOT NULL REFERENCES victim (id) ON DELETE CASCADE,
    CONSTRAINT offence_victim_unique UNIQUE (offence_id, victim_id)
);
CREATE INDEX offence_victim_victim_idx ON offence_victim (victim_id);

CREATE TABLE hearing (
    id            UUID         PRIMARY KEY,
    case_id       UUID         NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL CHECK (position >= 0),
    hearing_date  DATE         NOT NULL,
    court         VARCHAR(200) NOT NULL CHECK (btrim(court) <> ''),
    proceedings   TEXT         NOT NULL,
    next_date     DATE,
    CONSTRAINT hearing_position_unique UNIQUE (case_id, position),
    CONSTRAINT hearing_next_after CHECK (next_date IS NULL OR next_date > hearing_date)
);

CREATE TABLE case_warning (
    id          UUID        PRIMARY KEY,
    case_id     UUID        NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    position    INTEGER     NOT NULL CHECK (position >= 0),
    rule        VARCHAR(40) NOT NULL,
    accused_id  UUID        NOT NULL,
    message     TEXT        NOT NULL,
    CONSTRAINT case_warning_position_unique UNIQUE (case_id, position)
);

-- The facts an investigation records before charging (the basis of charge advice).
CREATE TABLE case_facts (
    case_id        UUID        PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
    acts           VARCHAR(60)[] NOT NULL DEFAULT '{}',
    means          VARCHAR(60)[] NOT NULL DEFAULT '{}',
    purposes       VARCHAR(60)[] NOT NULL DEFAULT '{}',
    circumstances  VARCHAR(60)[] NOT NULL DEFAULT '{}',
    route          VARCHAR(2)[] NOT NULL CHECK (cardinality(route) >= 1),
    offence_date   DATE        NOT NULL
);
