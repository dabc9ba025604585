-- Verdicts as courts give them, and the judge's sentencing order over one accused's sentences.

-- WITHDRAWN keeps its name and is the prosecutor's withdrawal (s.494 CrPC); COMPOUNDED (s.345) and
-- ABATED (s.431) are new. Only CONVICTED counts in the figures (statistics_contribution_of), and a
-- conviction on a plea of guilty (s.265-E) stays CONVICTED, so no figure changes.
ALTER TABLE offence DROP CONSTRAINT offence_verdict_check;
ALTER TABLE offence ADD CONSTRAINT offence_verdict_check
    CHECK (verdict IN ('CONVICTED', 'ACQUITTED', 'WITHDRAWN', 'COMPOUNDED', 'ABATED'));

ALTER TABLE offence
    ADD COLUMN verdict_effect          VARCHAR(20) CHECK (verdict_effect IN ('CONVICTION', 'ACQUITTAL', 'DISCHARGE', 'ABATEMENT')),
    ADD COLUMN verdict_on_guilty_plea  BOOLEAN     NOT NULL DEFAULT false,
    ADD COLUMN verdict_compounded_by   UUID,
    ADD COLUMN verdict_accused_died_on DATE,
    -- What the accused's sentencing order says of this conviction (s.35 CrPC, PPC ss.53, 64-67).
    ADD COLUMN sentence_run            INTEGER     CHECK (sentence_run >= 1),
    ADD COLUMN sentence_imprisonment   VARCHAR(10) CHECK (sentence_imprisonment IN ('RIGOROUS', 'SIMPLE')),
    ADD COLUMN sentence_in_default     VARCHAR(20);

-- Every verdict stored so far was given on trial, after the charge was framed: a withdrawal then
-- has the effect of an acquittal (s.494(b) CrPC). The figures do not read verdict_effect, so the
-- backfill recounts nothing; with the statistics trigger on, each row would queue a deferred
-- recount, and PostgreSQL refuses the ALTER TABLE below while such events are pending.
ALTER TABLE offence DISABLE TRIGGER offence_statistics;
UPDATE offence SET verdict_effect = CASE verdict WHEN 'CONVICTED' THEN 'CONVICTION' ELSE 'ACQUITTAL' END
WHERE verdict IS NOT NULL;
ALTER TABLE offence ENABLE TRIGGER offence_statistics;

ALTER TABLE offence
    ADD CONSTRAINT offence_verdict_effect CHECK ((verdict IS NULL) = (verdict_effect IS NULL)),
    ADD CONSTRAINT offence_verdict_effect_fits CHECK (verdict IS NULL
        OR (verdict = 'CONVICTED' AND verdict_effect = 'CONVICTION')
        OR (verdict IN ('ACQUITTED', 'COMPOUNDED') AND verdict_effect = 'ACQUITTAL')
        OR (verdict = 'WITHDRAWN' AND verdict_effect IN ('ACQUITTAL', 'DISCHARGE'))
        OR (verdict = 'ABATED' AND verdict_effect = 'ABATEMENT')),
    ADD CONSTRAINT offence_plea_convicts CHECK (NOT verdict_on_guilty_plea OR verdict = 'CONVICTED'),
    ADD CONSTRAINT offence_compounded_by CHECK ((verdict_compounded_by IS NOT NULL) = (verdict IS NOT DISTINCT FROM 'COMPOUNDED')),
    ADD CONSTRAINT offence_accused_died_on CHECK ((verdict_accused_died_on IS NOT NULL) = (verdict IS NOT DISTINCT FROM 'ABATED')),
    ADD CONSTRAINT offence_run_of_a_term CHECK (sentence_run IS NULL OR sentence_kind = 'IMPRISONMENT_FOR_A_TERM'),
    ADD CONSTRAINT offence_run_described CHECK ((sentence_run IS NULL) = (sentence_imprisonment IS NULL)),
    ADD CONSTRAINT offence_default_of_a_fine CHECK (sentence_in_default IS NULL OR sentence_fine_pkr IS NOT NULL);

-- One per convicted accused, made once: the service only inserts it. The charges it speaks of are
-- the accused's convictions, whose rows carry the order's directions; the compensation is listed
-- here, one array element per victim and law.
CREATE TABLE sentencing_order (
    id                    UUID        PRIMARY KEY,
    case_id               UUID        NOT NULL,
    accused_id            UUID        NOT NULL,
    pronounced_on         DATE        NOT NULL,
    custody_credit_days   INTEGER     NOT NULL CHECK (custody_credit_days >= 0),
    compensation_victims  UUID[]      NOT NULL DEFAULT '{}',
    compensation_pkr      BIGINT[]    NOT NULL DEFAULT '{}',
    compensation_laws     VARCHAR(20)[] NOT NULL DEFAULT '{}',
    CONSTRAINT sentencing_order_once UNIQUE (case_id, accused_id),
    CONSTRAINT sentencing_order_accused_fk FOREIGN KEY (case_id, accused_id)
        REFERENCES accused (case_id, person_id) ON DELETE CASCADE,
    CONSTRAINT sentencing_order_compensation_aligned CHECK (
        cardinality(compensation_victims) = cardinality(compensation_pkr)
        AND cardinality(compensation_victims) = cardinality(compensation_laws))
);
