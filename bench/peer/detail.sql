-- The case detail of bench/queries/detail.graphql (with case-fields.graphql) as one SQL statement: the
-- same JSON as Insaf's "data", for pgbench. peer.sh puts in the case ids (@IDS@) and their count.
-- Left out: the texts Insaf derives from stored values (a penalty's and a sentence's description, a
-- penalty's fine rule), which neither this statement nor PostGraphile computes.
\set i random(1, @COUNT@)
SELECT json_build_object('case', (
    SELECT json_build_object(
        'id', c.id, 'firNumber', c.fir_number, 'office', c.office, 'status', c.status,
        'registeredOn', c.registered_on, 'version', c.version,
        'firSections', (SELECT COALESCE(json_agg(f.statute_code ORDER BY f.statute_code), '[]')
                        FROM case_fir_section f WHERE f.case_id = c.id),
        'statusDates', (SELECT COALESCE(json_agg(json_build_object('status', d.status, 'date', d.entered_on)
                                                 ORDER BY d.entered_on, d.status), '[]')
                        FROM case_status_date d WHERE d.case_id = c.id),
        'assignment', json_build_object('investigator', c.lead_investigator, 'prosecutor', c.prosecutor,
                                        'court', c.court, 'judge', c.judge),
        'victims', (SELECT COALESCE(json_agg(json_build_object('id', v.id, 'pseudonym', v.pseudonym, 'gender', v.gender,
                            'dateOfBirth', v.date_of_birth, 'estimatedAge', v.estimated_age, 'nationality', v.nationality,
                            'vulnerabilities', v.vulnerabilities, 'exploitation', v.exploitation,
                            'protection', v.protection) ORDER BY v.position), '[]')
                    FROM victim v WHERE v.case_id = c.id),
        'accused', (SELECT COALESCE(json_agg(json_build_object('id', a.person_id, 'name', a.name, 'kind', a.kind,
                            'roles', a.roles, 'nationality', a.nationality) ORDER BY a.position), '[]')
                    FROM accused a WHERE a.case_id = c.id),
        'charges', (SELECT COALESCE(json_agg(json_build_object('id', o.id, 'accusedId', o.accused_id,
                            'statuteCode', o.statute_code, 'statuteVersion', o.statute_version,
                            'victimIds', (SELECT COALESCE(json_agg(ov.victim_id ORDER BY ov.victim_id), '[]')
                                          FROM offence_victim ov WHERE ov.offence_id = o.id),
                            'verdict', CASE WHEN o.verdict IS NOT NULL
                                            THEN json_build_object('outcome', o.verdict, 'date', o.verdict_date) END,
                            'sentence', CASE WHEN o.sentence_kind IS NOT NULL THEN json_build_object(
                                'kind', o.sentence_kind, 'pronouncedOn', o.sentence_pronounced_on,
                                'termYears', CASE WHEN o.sentence_term IS NOT NULL
                                                  THEN COALESCE(substring(o.sentence_term FROM '(\d+)Y')::int, 0) END,
                                'finePkr', o.sentence_fine_pkr) END,
                            'statute', json_build_object('code', s.code, 'version', s.version, 'act', s.act,
                                'section', s.section, 'title', s.title, 'inForceFrom', s.in_force_from,
                                'inForceUntil', s.in_force_until, 'penalty', json_build_object(
                                    'minimumImprisonmentMonths', s.minimum_imprisonment_months,
                                    'maximumImprisonmentMonths', s.maximum_imprisonment_months)))
                            ORDER BY o.position), '[]')
                    FROM offence o JOIN statute s ON s.code = o.statute_code AND s.version = o.statute_version
                    WHERE o.case_id = c.id),
        'hearings', (SELECT COALESCE(json_agg(json_build_object('date', h.hearing_date, 'court', h.court,
                            'proceedings', h.proceedings, 'nextDate', h.next_date) ORDER BY h.position), '[]')
                     FROM hearing h WHERE h.case_id = c.id),
        'recordedFacts', (SELECT json_build_object('acts', f.acts, 'means', f.means, 'purposes', f.purposes,
                                                   'route', f.route, 'offenceDate', f.offence_date)
                          FROM case_facts f WHERE f.case_id = c.id),
        'warnings', (SELECT COALESCE(json_agg(json_build_object('rule', w.rule, 'message', w.message,
                            'accusedId', w.accused_id) ORDER BY w.position), '[]')
                     FROM case_warning w WHERE w.case_id = c.id))
    FROM case_file c
    WHERE c.id = (ARRAY[@IDS@]::uuid[])[:i]));
