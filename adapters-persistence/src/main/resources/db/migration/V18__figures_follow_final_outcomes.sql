-- The figures follow the final outcome (issue 17 item 7, docs/statistics.md):
-- * a trial court's conviction counts in its year only while it stands: an acquittal on appeal or a
--   retrial ordered sets it aside, and a published year shows that as a change since publication;
-- * a conviction by an appellate court reversing an acquittal is counted apart (CONVICTED_ON_APPEAL,
--   in the year of the decision), as the TIP report reports convictions on appeal;
-- * the convictions an appellate decision set aside are counted in its year (CONVICTIONS_SET_ASIDE);
-- * the persons headline is split by the agency and province of the office that held the case on the
--   day counted (OFFICE_*, key 'AGENCY|PROVINCE', the province empty where an FIA circle has none).
-- A retrial clears the accused's verdicts, so the appeal row keeps the charges whose convictions it set
-- aside (written by the service from the domain's Appeal.convictionsSetAside).

ALTER TABLE appeal ADD COLUMN convictions_set_aside UUID[] NOT NULL DEFAULT '{}';
ALTER TABLE appeal ADD CONSTRAINT appeal_sets_aside_on_acquittal_or_retrial
    CHECK (cardinality(convictions_set_aside) = 0 OR outcome IN ('ACQUITTED_ON_APPEAL', 'RETRIAL_ORDERED'));

-- Appeals decided before this migration: an acquittal on appeal left the trial verdicts on the rows, so
-- the convictions it set aside are the accused's charges convicted at trial or on an earlier appeal. A
-- retrial cleared them: those are not known any more and stay empty (docs/statistics.md says so).
UPDATE appeal a SET convictions_set_aside = ARRAY(
        SELECT o.id FROM offence o
        WHERE o.case_id = a.case_id AND o.accused_id = a.accused_id
          AND (o.verdict = 'CONVICTED' OR EXISTS (
                SELECT 1 FROM appeal e WHERE e.case_id = a.case_id AND e.accused_id = a.accused_id
                  AND e.position < a.position AND e.outcome = 'CONVICTED_ON_APPEAL' AND o.id = ANY (e.sentence_charges)))
        ORDER BY o.position)
WHERE a.outcome = 'ACQUITTED_ON_APPEAL';

-- The office that held a case on a day, as 'AGENCY|PROVINCE': the office the latest transfer on or
-- before that day moved it to, else the office of the FIR (the first transfer's origin, or the
-- case's office if never transferred). Case.officeOn in the domain.
CREATE FUNCTION statistics_office_on(p_case UUID, p_day DATE) RETURNS VARCHAR
    LANGUAGE sql STABLE AS $$
SELECT coalesce(
    (SELECT t.to_agency || '|' || coalesce(t.to_province, '') FROM case_transfer t
     WHERE t.case_id = p_case AND t.transferred_on <= p_day ORDER BY t.position DESC LIMIT 1),
    (SELECT t.from_agency || '|' || coalesce(t.from_province, '') FROM case_transfer t
     WHERE t.case_id = p_case ORDER BY t.position LIMIT 1),
    (SELECT c.agency || '|' || coalesce(c.office_province, '') FROM case_file c WHERE c.id = p_case))
$$;

CREATE OR REPLACE FUNCTION statistics_contribution_of(p_case UUID)
    RETURNS TABLE (year INTEGER, measure VARCHAR, key VARCHAR, count BIGINT)
    LANGUAGE sql STABLE AS $$
WITH registered AS (
    SELECT c.registered_on, c.status FROM case_file c WHERE c.id = p_case
), investigated AS (
    -- An accused is investigated from the day they were added, or from the start of the
    -- investigation if they were added before it (AccusedInvestigatedOn).
    SELECT a.person_id AS accused_id, greatest(a.added_on, d.entered_on) AS day
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
    SELECT o.id, o.accused_id, o.statute_code, o.verdict, o.verdict_date,
           coalesce(o.supplementary_sheet_on, (SELECT s.day FROM charge_sheet s)) AS charged_on,
           EXISTS (SELECT 1 FROM statute st JOIN statistics_trafficking_category t ON t.category = st.offence_category
                   WHERE st.code = o.statute_code AND st.version = o.statute_version) AS trafficking
    FROM offence o WHERE o.case_id = p_case
), final AS (
    -- The last appellate decision since the accused's last retrial that changed the charge's verdict
    -- (AppellateHistory.effectiveCharges): an acquittal on appeal (of every charge they stood convicted
    -- on) or a conviction on appeal that sentences this charge.
    SELECT c.*, d.outcome AS appellate_outcome, d.decided_on AS appellate_on
    FROM charges c
    LEFT JOIN LATERAL (
        SELECT a.outcome, a.decided_on FROM appeal a
        WHERE a.case_id = p_case AND a.accused_id = c.accused_id
          AND (a.outcome = 'ACQUITTED_ON_APPEAL' OR (a.outcome = 'CONVICTED_ON_APPEAL' AND c.id = ANY (a.sentence_charges)))
          AND a.position > coalesce((SELECT max(r.position) FROM appeal r
                                     WHERE r.case_id = p_case AND r.accused_id = c.accused_id
                                       AND r.outcome = 'RETRIAL_ORDERED'), -1)
        ORDER BY a.position DESC LIMIT 1) d ON true
), convicted AS (
    -- The convictions that stand: the trial court's, or an appellate court's reversing an acquittal.
    SELECT f.accused_id, f.statute_code, f.trafficking, f.appellate_outcome IS NOT NULL AS on_appeal,
           coalesce(f.appellate_on, f.verdict_date) AS day
    FROM final f
    WHERE (f.appellate_outcome IS NULL AND f.verdict = 'CONVICTED') OR f.appellate_outcome = 'CONVICTED_ON_APPEAL'
), set_aside AS (
    SELECT a.accused_id, o.statute_code, a.decided_on AS day,
           EXISTS (SELECT 1 FROM statute st JOIN statistics_trafficking_category t ON t.category = st.offence_category
                   WHERE st.code = o.statute_code AND st.version = o.statute_version) AS trafficking
    FROM appeal a JOIN offence o ON o.case_id = p_case AND o.id = ANY (a.convictions_set_aside)
    WHERE a.case_id = p_case
), persons AS (
    -- Each person of the trafficking headline with the days they count on.
    SELECT 'INVESTIGATED' AS figure, i.accused_id, i.day FROM investigated i WHERE EXISTS (SELECT 1 FROM fir f WHERE f.trafficking)
    UNION ALL
    SELECT 'PROSECUTED', c.accused_id, c.charged_on FROM charges c WHERE c.charged_on IS NOT NULL AND c.trafficking
    UNION ALL
    SELECT CASE WHEN v.on_appeal THEN 'CONVICTED_ON_APPEAL' ELSE 'CONVICTED' END, v.accused_id, v.day
    FROM convicted v WHERE v.trafficking
), first_days AS (
    -- A person counts once a year: with the office that held the case on their first day counted that year.
    SELECT p.figure, p.accused_id, CAST(extract(YEAR FROM p.day) AS INTEGER) AS year, min(p.day) AS day
    FROM persons p GROUP BY 1, 2, 3
)
SELECT CAST(extract(YEAR FROM i.day) AS INTEGER), CAST('INVESTIGATED' AS VARCHAR), f.statute_code, count(*)
FROM investigated i CROSS JOIN fir f GROUP BY 1, 3
UNION ALL
SELECT CAST(extract(YEAR FROM c.charged_on) AS INTEGER), 'PROSECUTED', c.statute_code, count(DISTINCT c.accused_id)
FROM charges c WHERE c.charged_on IS NOT NULL GROUP BY 1, 3
UNION ALL
SELECT CAST(extract(YEAR FROM v.day) AS INTEGER), CASE WHEN v.on_appeal THEN 'CONVICTED_ON_APPEAL' ELSE 'CONVICTED' END,
       v.statute_code, count(DISTINCT v.accused_id)
FROM convicted v GROUP BY 1, 2, 3
UNION ALL
SELECT CAST(extract(YEAR FROM s.day) AS INTEGER), 'CONVICTIONS_SET_ASIDE', s.statute_code, count(DISTINCT s.accused_id)
FROM set_aside s GROUP BY 1, 3
UNION ALL
SELECT CAST(extract(YEAR FROM s.day) AS INTEGER), 'PERSONS_CONVICTIONS_SET_ASIDE', '', count(DISTINCT s.accused_id)
FROM set_aside s WHERE s.trafficking GROUP BY 1
UNION ALL
SELECT d.year, 'PERSONS_' || d.figure, '', count(*) FROM first_days d GROUP BY 1, 2
UNION ALL
SELECT d.year, 'OFFICE_' || d.figure, statistics_office_on(p_case, d.day), count(*) FROM first_days d GROUP BY 1, 2, 3
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

REVOKE ALL ON FUNCTION statistics_office_on(UUID, DATE) FROM PUBLIC;

-- The appeals and the transfers are now read by the figures: they recount their case at commit, as
-- the other tables do; an office's agency or province written on the case does too.
DO $$
DECLARE
    counted TEXT;
BEGIN
    FOREACH counted IN ARRAY ARRAY['appeal', 'case_transfer'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
                        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION statistics_case_changed()',
                       counted || '_statistics', counted);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION statistics_cases_truncated()',
                       counted || '_statistics_truncated', counted);
    END LOOP;
END;
$$;

DROP TRIGGER case_file_statistics_changed ON case_file;
CREATE CONSTRAINT TRIGGER case_file_statistics_changed AFTER UPDATE ON case_file
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.registered_on IS DISTINCT FROM NEW.registered_on
          OR OLD.id IS DISTINCT FROM NEW.id OR OLD.agency IS DISTINCT FROM NEW.agency
          OR OLD.office_province IS DISTINCT FROM NEW.office_province)
    EXECUTE FUNCTION statistics_case_changed();

-- The recount runs at the commit of every command, while the audit log's append lock is held (V9), so
-- its cost bounds how many commands commit per second. statistics_contribution_of is inlined into
-- the recount's statement, which PostgreSQL planned again at every call (about 6 ms of planning for
-- 1.7 ms of execution, measured at 600 cases); a generic plan, kept per connection, answers any case
-- with the same index lookups: 1.4-1.8 ms per recount after the first (docs/benchmarks.md).
ALTER FUNCTION statistics_recount_case(UUID) SET plan_cache_mode = force_generic_plan;

-- What counts changed: every counter again.
SELECT statistics_recount_all();
