-- The yearly figures as the government publishes them.

-- A victim's age on their offence date (application: VictimOffenceDate): the earliest offence date
-- of the charges naming the victim, else the offence date of the case's recorded facts, else the
-- day the case was registered. Counted in completed years as AgeEvidence.ageOn counts them (an
-- estimate moves by the whole years between its date and the offence date); NULL when unknown.
CREATE VIEW victim_offence_age AS
SELECT v.id AS victim_id,
       v.case_id,
       r.offence_date,
       CASE WHEN a.age >= 0 THEN CAST(a.age AS INTEGER) END AS age
FROM victim v
JOIN case_file c ON c.id = v.case_id
CROSS JOIN LATERAL (
    SELECT coalesce(
        (SELECT min(o.offence_date) FROM offence_victim ov JOIN offence o ON o.id = ov.offence_id
         WHERE ov.victim_id = v.id),
        (SELECT f.offence_date FROM case_facts f WHERE f.case_id = v.case_id),
        c.registered_on) AS offence_date) r
CROSS JOIN LATERAL (
    SELECT CASE
             WHEN v.date_of_birth IS NOT NULL AND r.offence_date >= v.date_of_birth
               THEN extract(YEAR FROM age(r.offence_date, v.date_of_birth))
             WHEN v.estimated_age IS NOT NULL
               THEN v.estimated_age + extract(YEAR FROM age(r.offence_date, v.estimated_on))
           END AS age) a;

-- The day each accused was added to the case: an accused added to an investigation in a later year
-- is counted as investigated in that year. Accused recorded before this column existed count from
-- the start of their case's investigation (else its registration), as the figures counted them.
ALTER TABLE accused ADD COLUMN added_on DATE;
UPDATE accused a SET added_on = coalesce(
    (SELECT d.entered_on FROM case_status_date d WHERE d.case_id = a.case_id AND d.status = 'UNDER_INVESTIGATION'),
    (SELECT c.registered_on FROM case_file c WHERE c.id = a.case_id));
ALTER TABLE accused ALTER COLUMN added_on SET NOT NULL;

-- Published figures are frozen: a publication and its figures are never changed or removed. A
-- year is published again only as the next revision, with its reason; every revision stays.
CREATE TABLE figures_publication (
    id            UUID         PRIMARY KEY,
    year          INTEGER      NOT NULL CHECK (year BETWEEN 2000 AND 9999),
    revision      INTEGER      NOT NULL CHECK (revision >= 1),
    published_on  DATE         NOT NULL,
    published_at  TIMESTAMPTZ  NOT NULL,
    published_by  VARCHAR(100) NOT NULL CHECK (btrim(published_by) <> ''),
    reason        TEXT         CHECK (reason IS NULL OR btrim(reason) <> ''),
    CONSTRAINT figures_publication_revision_unique UNIQUE (year, revision),
    CONSTRAINT figures_publication_revision_has_reason CHECK ((revision = 1) = (reason IS NULL))
);

-- One row per figure, named by its path in the API's YearlyFigures (FigureRows).
CREATE TABLE published_figure (
    publication_id  UUID         NOT NULL REFERENCES figures_publication (id),
    figure          VARCHAR(200) NOT NULL,
    value           BIGINT       NOT NULL CHECK (value >= 0),
    PRIMARY KEY (publication_id, figure)
);

CREATE FUNCTION published_figures_are_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published figures are frozen: % is refused; publish a revision instead', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER figures_publication_no_update BEFORE UPDATE OR DELETE ON figures_publication
    FOR EACH ROW EXECUTE FUNCTION published_figures_are_frozen();
CREATE TRIGGER figures_publication_no_truncate BEFORE TRUNCATE ON figures_publication
    FOR EACH STATEMENT EXECUTE FUNCTION published_figures_are_frozen();
CREATE TRIGGER published_figure_no_update BEFORE UPDATE OR DELETE ON published_figure
    FOR EACH ROW EXECUTE FUNCTION published_figures_are_frozen();
CREATE TRIGGER published_figure_no_truncate BEFORE TRUNCATE ON published_figure
    FOR EACH STATEMENT EXECUTE FUNCTION published_figures_are_frozen();

-- Publishing the figures is audited, and concerns no case.
ALTER TABLE audit_entry ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_names_its_case
    CHECK ((case_id IS NULL) = (action = 'PUBLISH_FIGURES'));
