-- Distinct persons in the yearly figures (issue 18 item 5, docs/statistics.md): alleged traffickers under
-- the trafficking provisions, each PERSON once a year however many cases they are accused in, by the
-- person register (V17): an accused's record, or the record it is joined to.
--
-- A case's contribution now also has one row per person it counts (measures PERSON_<figure>, key the
-- person's id). Those are summed over cases in statistics_person_counter (how many cases count the person
-- that year), not in statistics_counter, which stays small; and statistics_counter keeps, per year and
-- figure, how many persons have a count above zero (DISTINCT_PERSON_<figure>, key ''), changed when a
-- person's count goes from zero or to zero, in the same transaction: reading a year stays one statement
-- on a few dozen rows. A confirmed or undone join changes which person an accused stands for: it
-- recounts every case of the joined record's accused.

CREATE TABLE statistics_person_counter (
    year       INTEGER     NOT NULL,
    measure    VARCHAR(40) NOT NULL,
    person_id  VARCHAR(60) NOT NULL,
    count      BIGINT      NOT NULL,
    PRIMARY KEY (year, measure, person_id)
);
REVOKE ALL ON statistics_person_counter FROM "${app_role}";

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
-- Each person of the trafficking headline once, by the person their record stands for (a record joined
-- to another stands for that one; joins are one level deep): summed over cases by statistics_person_counter.
SELECT d.year, 'PERSON_' || d.figure, CAST(coalesce(p.joined_to, d.accused_id) AS VARCHAR), 1
FROM first_days d LEFT JOIN person p ON p.id = d.accused_id GROUP BY 1, 2, 3
UNION ALL
SELECT CAST(extract(YEAR FROM s.day) AS INTEGER), 'PERSON_CONVICTIONS_SET_ASIDE',
       CAST(coalesce(p.joined_to, s.accused_id) AS VARCHAR), 1
FROM set_aside s LEFT JOIN person p ON p.id = s.accused_id WHERE s.trafficking GROUP BY 1, 3
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

-- Counts one case again: the figures' counters, then the persons' counts, then how many persons have a
-- count, each changed in the order of its key (see V12), so that concurrent recounts never deadlock.
CREATE OR REPLACE FUNCTION statistics_recount_case(p_case UUID) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    fresh statistics_case_contribution[];
    -- Differences by (year, measure, key); the case column is not used.
    deltas statistics_case_contribution[];
    persons statistics_case_contribution[];
BEGIN
    PERFORM 1 FROM case_file WHERE id = p_case FOR UPDATE;
    fresh := ARRAY(SELECT ROW(p_case, f.year, f.measure, f.key, f.count)::statistics_case_contribution
                   FROM statistics_contribution_of(p_case) f);
    deltas := ARRAY(
        SELECT ROW(NULL, d.year, d.measure, d.key, sum(d.count))::statistics_case_contribution
        FROM (SELECT n.year, n.measure, n.key, n.count FROM unnest(fresh) n
              UNION ALL
              SELECT o.year, o.measure, o.key, -o.count FROM statistics_case_contribution o WHERE o.case_id = p_case) d
        GROUP BY d.year, d.measure, d.key
        HAVING sum(d.count) <> 0);
    IF cardinality(deltas) = 0 THEN
        RETURN;
    END IF;
    INSERT INTO statistics_counter AS t (year, measure, key, count)
    SELECT d.year, d.measure, d.key, d.count FROM unnest(deltas) d WHERE d.measure NOT LIKE 'PERSON\_%'
    ORDER BY d.year, d.measure, d.key
    ON CONFLICT (year, measure, key) DO UPDATE SET count = t.count + EXCLUDED.count;
    -- Each person's count, and whether it went from zero to above or back to zero, read under the row's lock.
    WITH counted AS (
        INSERT INTO statistics_person_counter AS t (year, measure, person_id, count)
        SELECT d.year, d.measure, d.key, d.count FROM unnest(deltas) d WHERE d.measure LIKE 'PERSON\_%'
        ORDER BY d.year, d.measure, d.key
        ON CONFLICT (year, measure, person_id) DO UPDATE SET count = t.count + EXCLUDED.count
        RETURNING t.year, t.measure, t.person_id, t.count
    )
    SELECT array_agg(ROW(NULL, x.year, x.measure, '', x.change)::statistics_case_contribution ORDER BY x.year, x.measure)
    INTO persons
    FROM (SELECT c.year, 'DISTINCT_' || c.measure AS measure,
                 sum(CASE WHEN c.count > 0 AND c.count - d.count <= 0 THEN 1
                          WHEN c.count <= 0 AND c.count - d.count > 0 THEN -1 ELSE 0 END) AS change
          FROM counted c JOIN unnest(deltas) d ON d.year = c.year AND d.measure = c.measure AND d.key = c.person_id
          GROUP BY 1, 2) x
    WHERE x.change <> 0;
    INSERT INTO statistics_counter AS t (year, measure, key, count)
    SELECT p.year, p.measure, p.key, p.count FROM unnest(persons) p
    ORDER BY p.year, p.measure
    ON CONFLICT (year, measure, key) DO UPDATE SET count = t.count + EXCLUDED.count;
    DELETE FROM statistics_person_counter t USING unnest(deltas) d
    WHERE t.count = 0 AND t.year = d.year AND t.measure = d.measure AND t.person_id = d.key;
    DELETE FROM statistics_case_contribution WHERE case_id = p_case;
    INSERT INTO statistics_case_contribution SELECT * FROM unnest(fresh);
END;
$$;

-- Every counter again from every case, the persons' counts and how many persons have one included.
CREATE OR REPLACE FUNCTION statistics_recount_all() RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    LOCK TABLE statistics_counter, statistics_case_contribution, statistics_person_counter IN EXCLUSIVE MODE;
    DELETE FROM statistics_case_contribution;
    DELETE FROM statistics_counter;
    DELETE FROM statistics_person_counter;
    INSERT INTO statistics_case_contribution (case_id, year, measure, key, count)
    SELECT c.id, f.year, f.measure, f.key, f.count FROM case_file c CROSS JOIN LATERAL statistics_contribution_of(c.id) f;
    INSERT INTO statistics_counter (year, measure, key, count)
    SELECT year, measure, key, sum(count) FROM statistics_case_contribution WHERE measure NOT LIKE 'PERSON\_%'
    GROUP BY year, measure, key;
    INSERT INTO statistics_person_counter (year, measure, person_id, count)
    SELECT year, measure, key, sum(count) FROM statistics_case_contribution WHERE measure LIKE 'PERSON\_%'
    GROUP BY year, measure, key;
    INSERT INTO statistics_counter (year, measure, key, count)
    SELECT year, 'DISTINCT_' || measure, '', count(*) FROM statistics_person_counter WHERE count > 0 GROUP BY year, measure;
END;
$$;

-- A join confirmed or undone: every case of the accused whose record was joined or separated is counted
-- again, at commit. The counters are locked first, whole, so that recounting several cases in one
-- transaction cannot deadlock with the commands of other transactions (joins are rare).
CREATE FUNCTION statistics_person_joined() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    joined_case UUID;
BEGIN
    LOCK TABLE statistics_counter, statistics_person_counter IN EXCLUSIVE MODE;
    FOR joined_case IN SELECT DISTINCT a.case_id FROM accused a WHERE a.person_id = NEW.id ORDER BY 1 LOOP
        PERFORM statistics_recount_case(joined_case);
    END LOOP;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER person_statistics AFTER UPDATE ON person
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.joined_to IS DISTINCT FROM NEW.joined_to)
    EXECUTE FUNCTION statistics_person_joined();

REVOKE ALL ON FUNCTION statistics_person_joined() FROM PUBLIC;

SELECT statistics_recount_all();
