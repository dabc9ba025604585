-- Appeals and revisions against the judgment as it concerns one accused (issue 17 item 6). Written by
-- the service's event writers; read back into the case and its read view.

-- One row per appeal or revision, in the order filed (position); the court's orders update it: the
-- admission or dismissal in limine, the decision, the suspension of the sentence. The sentences the
-- decision passes are listed one array element per charge, pronounced on the day of the decision.
CREATE TABLE appeal (
    id                     UUID          PRIMARY KEY,
    case_id                UUID          NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    position               INTEGER       NOT NULL CHECK (position >= 0),
    accused_id             UUID          NOT NULL,
    kind                   VARCHAR(20)   NOT NULL CHECK (kind IN ('APPEAL', 'REVISION')),
    appellant              VARCHAR(20)   NOT NULL CHECK (appellant IN ('CONVICT', 'STATE')),
    against                VARCHAR(30)   NOT NULL CHECK (against IN ('CONVICTION', 'SENTENCE', 'ACQUITTAL',
                                             'INADEQUATE_SENTENCE')),
    forum                  VARCHAR(20)   NOT NULL CHECK (forum IN ('HIGH_COURT', 'SUPREME_COURT')),
    filed_on               DATE          NOT NULL,
    judgment_on            DATE          NOT NULL,
    grounds                TEXT          NOT NULL CHECK (btrim(grounds) <> ''),
    admitted               BOOLEAN,
    admission_on           DATE,
    dismissal_reason       TEXT,
    outcome                VARCHAR(30)   CHECK (outcome IN ('APPEAL_DISMISSED', 'SENTENCE_REDUCED', 'SENTENCE_ENHANCED',
                                             'ACQUITTED_ON_APPEAL', 'CONVICTED_ON_APPEAL', 'RETRIAL_ORDERED')),
    decided_on             DATE,
    sentence_charges       UUID[]        NOT NULL DEFAULT '{}',
    sentence_kinds         VARCHAR(30)[] NOT NULL DEFAULT '{}',
    sentence_terms         VARCHAR(40)[] NOT NULL DEFAULT '{}',
    sentence_fines_pkr     BIGINT[]      NOT NULL DEFAULT '{}',
    sentence_suspended_on  DATE,
    CONSTRAINT appeal_position_unique UNIQUE (case_id, position),
    CONSTRAINT appeal_accused_fk FOREIGN KEY (case_id, accused_id)
        REFERENCES accused (case_id, person_id) ON DELETE CASCADE,
    CONSTRAINT appeal_admission CHECK ((admitted IS NULL) = (admission_on IS NULL)
        AND (admitted IS NOT FALSE OR dismissal_reason IS NOT NULL)),
    CONSTRAINT appeal_decision CHECK ((outcome IS NULL) = (decided_on IS NULL)
        AND (outcome IS NULL OR admitted)),
    CONSTRAINT appeal_sentences_aligned CHECK (
        cardinality(sentence_charges) = cardinality(sentence_kinds)
        AND cardinality(sentence_charges) = cardinality(sentence_terms)
        AND cardinality(sentence_charges) = cardinality(sentence_fines_pkr))
);
GRANT SELECT, INSERT, UPDATE ON appeal TO "${app_role}";

-- A retrial ordered on appeal sets the accused's verdicts, sentences and sentencing order aside (the
-- appeal keeps what was decided, the audit trail every step) and puts a decided case back on trial:
-- the service deletes that accused's sentencing order, and moves the day the case entered ON_TRIAL
-- (and, when it is decided again, DECIDED) to the new one.
GRANT DELETE ON sentencing_order TO "${app_role}";
GRANT UPDATE ON case_status_date TO "${app_role}";
