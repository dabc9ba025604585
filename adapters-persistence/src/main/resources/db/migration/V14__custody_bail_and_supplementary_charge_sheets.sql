-- Custody of the accused and bail (issue 17 item 2); absconders and the supplementary charge sheet
-- (item 3). Written by the service's event writers; read back into the case and its read view.

-- Each custody status an accused entered, in the order of the case's steps (position). An accused
-- without a row is not arrested since they were added (the domain's default, never stored).
CREATE TABLE accused_custody (
    id                         UUID        PRIMARY KEY,
    case_id                    UUID        NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    position                   INTEGER     NOT NULL CHECK (position >= 0),
    accused_id                 UUID        NOT NULL,
    status                     VARCHAR(30) NOT NULL CHECK (status IN ('NOT_ARRESTED', 'IN_CUSTODY', 'ON_BAIL',
                                   'ABSCONDING', 'PROCLAIMED_OFFENDER')),
    since                      DATE        NOT NULL,
    proclamation_published_on  DATE,
    property_attached          BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT accused_custody_position_unique UNIQUE (case_id, position),
    CONSTRAINT accused_custody_proclamation CHECK ((status = 'PROCLAIMED_OFFENDER') = (proclamation_published_on IS NOT NULL)
        AND (status = 'PROCLAIMED_OFFENDER' OR NOT property_attached))
);

-- A bail application and the court's orders on it (decided, later cancelled): the only rows of this
-- migration the service updates.
CREATE TABLE bail_application (
    id                   UUID         PRIMARY KEY,
    case_id              UUID         NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    position             INTEGER      NOT NULL CHECK (position >= 0),
    accused_id           UUID         NOT NULL,
    court                VARCHAR(200) NOT NULL CHECK (btrim(court) <> ''),
    filed_on             DATE         NOT NULL,
    applied_by           VARCHAR(20)  NOT NULL CHECK (applied_by IN ('ACCUSED', 'COUNSEL')),
    outcome              VARCHAR(20)  CHECK (outcome IN ('GRANTED', 'REFUSED')),
    decided_on           DATE,
    surety_pkr           BIGINT       CHECK (surety_pkr > 0),
    reason               TEXT,
    cancelled_on         DATE,
    cancellation_reason  TEXT,
    CONSTRAINT bail_application_position_unique UNIQUE (case_id, position),
    CONSTRAINT bail_application_decision CHECK ((outcome IS NULL) = (decided_on IS NULL)
        AND (surety_pkr IS NOT NULL) = (outcome IS NOT DISTINCT FROM 'GRANTED')),
    CONSTRAINT bail_application_cancellation CHECK ((cancelled_on IS NULL) = (cancellation_reason IS NULL)
        AND (cancelled_on IS NULL OR outcome = 'GRANTED'))
);
GRANT SELECT, INSERT, UPDATE ON bail_application TO "${app_role}";

-- Set by the first custody change or bail application of a case, so that loading a case without any
-- (most cases) reads neither table.
ALTER TABLE case_file ADD COLUMN custody_recorded BOOLEAN NOT NULL DEFAULT FALSE;

-- The day a supplementary charge sheet (s.173 CrPC) brought the charge; NULL: the case's charge sheet.
ALTER TABLE offence ADD COLUMN supplementary_sheet_on DATE;

-- An accused charged by a supplementary charge sheet is prosecuted in that sheet's year, not in the
-- year of the case's charge sheet (docs/statistics.md). Only the charges' day changes below.
CREATE OR REPLACE FUNCTION statistics_contribution_of(p_case UUID)
    RETURNS TABLE (year INTEGER, measure VARCHAR, key VARCHAR, count BIGINT)
    LANGUAGE sql STABLE AS $$
WITH registered AS (
    SELECT c.registered_on, c.status FROM case_file c WHERE c.id = p_case
), investigated AS (
    -- An accused is investigated from the day they were added, or from the start of the
    -- investigation if they were added before it (AccusedInvestigatedOn).
    SELECT greatest(a.added_on, d.entered_on) AS day
    FROM accused a
    JOIN case_status_date d ON d.case_id = a.case_id AND d.status = 'UNDER_INVESTIGATION'
    WHERE a.case_id = p_case
), fir AS (
    SELECT s.statute_code,
           EXISTS (SELECT 1 FROM statute st JOIN statistics_trafficking_category t ON t.category = st.offence_category
                   WHERE st.code = s.statute_code) AS trafficking
    FROM case_fir_section s WHERE s.case_id = p_case
), charge_sheet AS (
    SELECT d.entered_on AS day FROM case_status_date d WHERE d.case_id = p_case AND d.status = 'CHARGE_SHEET_FILED'
), charges AS (
    -- The day the accused was charged: a supplementary charge sheet's, or else the case's charge sheet's.
    SELECT o.accused_id, o.statute_code, o.verdict, o.verdict_date,
           coalesce(o.supplementary_sheet_on, (SELECT s.day FROM charge_sheet s)) AS charged_on,
           EXISTS (SELECT 1 FROM statute st JOIN statistics_trafficking_category t ON t.category = st.offence_category
                   WHERE st.code = o.statute_code AND st.version = o.statute_version) AS trafficking
    FROM offence o WHERE o.case_id = p_case
)
SELECT CAST(extract(YEAR FROM i.day) AS INTEGER), CAST('INVESTIGATED' AS VARCHAR), f.statute_code, count(*)
FROM investigated i CROSS JOIN fir f GROUP BY 1, 3
UNION ALL
SELECT CAST(extract(YEAR FROM i.day) AS INTEGER), 'PERSONS_INVESTIGATED', '', count(*)
FROM investigated i WHERE EXISTS (SELECT 1 FROM fir f WHERE f.trafficking) GROUP BY 1
UNION ALL
SELECT CAST(extract(YEAR FROM c.charged_on) AS INTEGER), 'PROSECUTED', c.statute_code, count(DISTINCT c.accused_id)
FROM charges c WHERE c.charged_on IS NOT NULL GROUP BY 1, 3
UNION ALL
SELECT CAST(extract(YEAR FROM c.charged_on) AS INTEGER), 'PERSONS_PROSECUTED', '', count(DISTINCT c.accused_id)
FROM charges c WHERE c.charged_on IS NOT NULL AND c.trafficking GROUP BY 1
UNION ALL
SELECT CAST(extract(YEAR FROM c.verdict_date) AS INTEGER), 'CONVICTED', c.statute_code, count(DISTINCT c.accused_id)
FROM charges c WHERE c.verdict = 'CONVICTED' GROUP BY 1, 3
UNION ALL
SELECT CAST(extract(YEAR FROM c.verdict_date) AS INTEGER), 'PERSONS_CONVICTED', '', count(DISTINCT c.accused_id)
FROM charges c WHERE c.verdict = 'CONVICTED' AND c.trafficking GROUP BY 1
UNION ALL
SELECT CAST(extract(YEAR FROM r.registered_on) AS INTEGER), 'VICTIMS_BY_SEX', v.gender, count(*)
FROM victim v CROSS JOIN registered r WHERE v.case_id = p_case GROUP BY 1, 3
UNION ALL
-- The age on the victim's offence date, reckoned by the view victim_offence_age.
SELECT CAST(extract(YEAR FROM r.registered_on) AS INTEGER), 'VICTIMS_BY_AGE_GROUP',
       CASE WHEN a.age IS NULL THEN 'UNKNOWN' WHEN a.age < 18 THEN 'CHILD' ELSE 'ADULT' END, count(*)
FROM victim_offence_age a CROSS JOIN registered r WHERE a.case_id = p_case GROUP BY 1, 3
UNION ALL
SELECT CAST(extract(YEAR FROM r.registered_on) AS INTEGER), 'VICTIMS_BY_EXPLOITATION', form, count(*)
FROM victim v CROSS JOIN registered r CROSS JOIN unnest(v.exploitation) AS form WHERE v.case_id = p_case GROUP BY 1, 3
UNION ALL
SELECT CAST(extract(YEAR FROM r.registered_on) AS INTEGER), 'CASES_BY_STATUS', r.status, 1
FROM registered r
$$;

SELECT statistics_recount_all();
