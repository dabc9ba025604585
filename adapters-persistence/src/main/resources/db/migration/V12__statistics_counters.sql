-- The yearly figures kept as counters, so that reading a year costs one small indexed statement
-- whatever the number of cases. Each case's contribution to the figures (the figures its rows make
-- on their own) is stored; when a transaction changes a case, the contribution is counted again
-- from the case's rows and the difference is added to the counters, at commit, in that transaction.
-- The definitions are those of docs/statistics.md, the same as the aggregate queries over all rows
-- (kept as the test oracle FiguresFromScratch): every figure is a sum over cases, since an accused,
-- a victim and a charge belong to one case.
--
-- Nothing in the service writes these tables: triggers on the tables the figures read do, so a
-- future writer cannot forget them. A migration that changes what counts (the statute catalogue's
-- categories, a definition) ends with SELECT statistics_recount_all().

-- The offence categories whose provisions count in the trafficking headline
-- (OffenceCategory.countsAsTrafficking; a test holds the two equal).
CREATE TABLE statistics_trafficking_category (
    category  VARCHAR(40) PRIMARY KEY
);
INSERT INTO statistics_trafficking_category (category) VALUES
    ('TRAFFICKING'), ('BONDED_LABOUR'), ('SLAVERY'), ('PROSTITUTION_OF_A_PERSON'), ('ORGAN_TRAFFICKING'),
    ('UNLAWFUL_COMPULSORY_LABOUR'), ('SEXUAL_EXPLOITATION_OF_A_GIRL');

-- measure: INVESTIGATED, PROSECUTED, CONVICTED (key: the statute code); PERSONS_INVESTIGATED,
-- PERSONS_PROSECUTED, PERSONS_CONVICTED (key ''); VICTIMS_BY_SEX (Gender), VICTIMS_BY_AGE_GROUP
-- (AgeGroup), VICTIMS_BY_EXPLOITATION (Purpose), CASES_BY_STATUS (CaseStatus).
-- A count back at zero keeps its row; readers skip it. (No CHECK on count: INSERT ... ON CONFLICT
-- checks the row it proposes, a negative difference, before it finds the row to add it to.)
CREATE TABLE statistics_counter (
    year     INTEGER     NOT NULL,
    measure  VARCHAR(40) NOT NULL,
    key      VARCHAR(60) NOT NULL,
    count    BIGINT      NOT NULL,
    PRIMARY KEY (year, measure, key)
);

-- No foreign key to case_file: a deleted case's contribution is still there to be taken back.
CREATE TABLE statistics_case_contribution (
    case_id  UUID        NOT NULL,
    year     INTEGER     NOT NULL,
    measure  VARCHAR(40) NOT NULL,
    key      VARCHAR(60) NOT NULL,
    count    BIGINT      NOT NULL CHECK (count > 0),
    PRIMARY KEY (case_id, year, measure, key)
);

-- What one case adds to the figures, from its rows as they are now. Without a SET clause, so that
-- PostgreSQL inlines it into its callers' statements; only the functions below call it, and they fix
-- the search_path.
CREATE FUNCTION statistics_contribution_of(p_case UUID)
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
    SELECT o.accused_id, o.statute_code, o.verdict, o.verdict_date,
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
SELECT CAST(extract(YEAR FROM s.day) AS INTEGER), 'PROSECUTED', c.statute_code, count(DISTINCT c.accused_id)
FROM charges c CROSS JOIN charge_sheet s GROUP BY 1, 3
UNION ALL
SELECT CAST(extract(YEAR FROM s.day) AS INTEGER), 'PERSONS_PROSECUTED', '', count(DISTINCT c.accused_id)
FROM charges c CROSS JOIN charge_sheet s WHERE c.trafficking GROUP BY 1
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

-- Counts one case again and adds the difference to the counters. The counters are changed in the
-- order of their key, so two transactions that change the same counters wait for each other and
-- never deadlock; the case's row is locked first, so two recounts of one case never interleave.
CREATE FUNCTION statistics_recount_case(p_case UUID) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    fresh statistics_case_contribution[];
BEGIN
    PERFORM 1 FROM case_file WHERE id = p_case FOR UPDATE;
    fresh := ARRAY(SELECT ROW(p_case, f.year, f.measure, f.key, f.count)::statistics_case_contribution
                   FROM statistics_contribution_of(p_case) f);
    INSERT INTO statistics_counter AS t (year, measure, key, count)
    SELECT d.year, d.measure, d.key, sum(d.count)
    FROM (SELECT n.year, n.measure, n.key, n.count FROM unnest(fresh) n
          UNION ALL
          SELECT o.year, o.measure, o.key, -o.count FROM statistics_case_contribution o WHERE o.case_id = p_case) d
    GROUP BY d.year, d.measure, d.key
    HAVING sum(d.count) <> 0
    ORDER BY d.year, d.measure, d.key
    ON CONFLICT (year, measure, key) DO UPDATE SET count = t.count + EXCLUDED.count;
    IF FOUND THEN
        DELETE FROM statistics_case_contribution WHERE case_id = p_case;
        INSERT INTO statistics_case_contribution SELECT * FROM unnest(fresh);
    END IF;
END;
$$;

-- Every counter again from every case: the migration's first count, and after a TRUNCATE.
CREATE FUNCTION statistics_recount_all() RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    LOCK TABLE statistics_counter, statistics_case_contribution IN EXCLUSIVE MODE;
    DELETE FROM statistics_case_contribution;
    DELETE FROM statistics_counter;
    INSERT INTO statistics_case_contribution (case_id, year, measure, key, count)
    SELECT c.id, f.year, f.measure, f.key, f.count FROM case_file c CROSS JOIN LATERAL statistics_contribution_of(c.id) f;
    INSERT INTO statistics_counter (year, measure, key, count)
    SELECT year, measure, key, sum(count) FROM statistics_case_contribution GROUP BY year, measure, key;
END;
$$;

-- Fired at commit (deferred) for every row that changes a case's figures. A command changes several
-- rows of one case and raises the case's version once: the case is counted again once per version,
-- the others find it done (the last case counted, and its version, are kept for the transaction).
CREATE FUNCTION statistics_case_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    changed_row RECORD;
    changed_case UUID;
    done TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed_row := OLD;
    ELSE
        changed_row := NEW;
    END IF;
    IF TG_TABLE_NAME = 'case_file' THEN
        changed_case := changed_row.id;
    ELSIF TG_TABLE_NAME = 'offence_victim' THEN
        -- A deleted charge's case is found by its own trigger.
        SELECT o.case_id INTO changed_case FROM offence o WHERE o.id = changed_row.offence_id;
    ELSE
        changed_case := changed_row.case_id;
    END IF;
    IF changed_case IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT changed_case::text || ':' || coalesce((SELECT c.version::text FROM case_file c WHERE c.id = changed_case), 'none')
        INTO done;
    IF current_setting('insaf.statistics_counted', true) IS DISTINCT FROM done THEN
        PERFORM statistics_recount_case(changed_case);
        PERFORM set_config('insaf.statistics_counted', done, true);
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION statistics_cases_truncated() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM statistics_recount_all();
    RETURN NULL;
END;
$$;

-- Every command raises the case's version: of case_file's own columns, only a new status or
-- registration day changes a figure (statistics_contribution_of reads no other), so a command that
-- changes nothing else the figures read (a hearing, an assignment) counts nothing again.
CREATE CONSTRAINT TRIGGER case_file_statistics AFTER INSERT OR DELETE ON case_file
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION statistics_case_changed();
CREATE CONSTRAINT TRIGGER case_file_statistics_changed AFTER UPDATE ON case_file
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.registered_on IS DISTINCT FROM NEW.registered_on
          OR OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION statistics_case_changed();
CREATE TRIGGER case_file_statistics_truncated AFTER TRUNCATE ON case_file
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_cases_truncated();

DO $$
DECLARE
    counted TEXT;
BEGIN
    FOREACH counted IN ARRAY ARRAY['case_status_date', 'case_fir_section', 'accused', 'offence',
                                   'offence_victim', 'victim', 'case_facts'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I
                        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION statistics_case_changed()',
                       counted || '_statistics', counted);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION statistics_cases_truncated()',
                       counted || '_statistics_truncated', counted);
    END LOOP;
END;
$$;

SELECT statistics_recount_all();

-- The service reads the counters and the categories; only the functions above, as the owner, write.
REVOKE ALL ON statistics_trafficking_category, statistics_counter, statistics_case_contribution FROM "${app_role}";
GRANT SELECT ON statistics_trafficking_category, statistics_counter TO "${app_role}";
REVOKE ALL ON FUNCTION statistics_contribution_of(UUID), statistics_recount_case(UUID), statistics_recount_all(),
    statistics_case_changed(), statistics_cases_truncated() FROM PUBLIC;
