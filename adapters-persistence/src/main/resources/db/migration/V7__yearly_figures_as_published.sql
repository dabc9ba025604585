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
