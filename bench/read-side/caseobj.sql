jsonb_build_object(
 'id', c.id, 'version', c.version, 'firNumber', c.fir_number, 'office', c.circle,
 'firSections', coalesce((select jsonb_agg(s.statute_code order by s.statute_code) from case_fir_section s where s.case_id = c.id), '[]'),
 'otherSections', to_jsonb(c.other_sections), 'status', c.status, 'registeredOn', c.registered_on,
 'statusDates', coalesce((select jsonb_agg(jsonb_build_object('status', d.status, 'date', d.entered_on) order by d.entered_on) from case_status_date d where d.case_id = c.id), '[]'),
 'investigationClosedReason', c.investigation_closed_reason,
 'victims', coalesce((select jsonb_agg(jsonb_build_object('id', v.id, 'pseudonym', v.pseudonym, 'gender', v.gender, 'dateOfBirth', v.date_of_birth,
     'estimatedAge', v.estimated_age, 'estimatedOn', v.estimated_on, 'nationality', v.nationality, 'vulnerabilities', to_jsonb(v.vulnerabilities),
     'exploitation', to_jsonb(v.exploitation), 'protection', to_jsonb(v.protection), 'recruiterRelation', v.recruiter_relation) order by v.position)
   from victim v where v.case_id = c.id), '[]'),
 'accused', coalesce((select jsonb_agg(jsonb_build_object('id', a.person_id, 'kind', a.kind, 'name', a.name, 'cnic', a.cnic, 'roles', to_jsonb(a.roles),
     'nationality', a.nationality, 'links', to_jsonb(a.links), 'nonPunishmentJustification', a.non_punishment_justification) order by a.position)
   from accused a where a.case_id = c.id), '[]'),
 'charges', coalesce((select jsonb_agg(jsonb_build_object('id', o.id, 'accusedId', o.accused_id, 'statuteCode', o.statute_code, 'statuteVersion', o.statute_version,
     'victimIds', coalesce((select jsonb_agg(ov.victim_id order by ov.victim_id) from offence_victim ov where ov.offence_id = o.id), '[]'),
     'facts', jsonb_build_object('acts', to_jsonb(o.acts), 'means', to_jsonb(o.means), 'purposes', to_jsonb(o.purposes), 'route', to_jsonb(o.route),
        'offenceDate', o.offence_date, 'circumstances', to_jsonb(o.circumstances)),
     'verdict', case when o.verdict is null then null else jsonb_build_object('outcome', o.verdict, 'date', o.verdict_date) end,
     'sentence', case when o.sentence_kind is null then null else jsonb_build_object('pronouncedOn', o.sentence_pronounced_on, 'kind', o.sentence_kind,
        'term', o.sentence_term, 'finePkr', o.sentence_fine_pkr) end) order by o.position)
   from offence o where o.case_id = c.id), '[]'),
 'hearings', coalesce((select jsonb_agg(jsonb_build_object('date', h.hearing_date, 'court', h.court, 'proceedings', h.proceedings, 'nextDate', h.next_date) order by h.position)
   from hearing h where h.case_id = c.id), '[]'),
 'warnings', coalesce((select jsonb_agg(jsonb_build_object('rule', w.rule, 'accusedId', w.accused_id, 'message', w.message) order by w.position)
   from case_warning w where w.case_id = c.id), '[]'),
 'assignment', jsonb_build_object('investigator', c.lead_investigator, 'prosecutor', c.prosecutor, 'court', c.court, 'judge', c.judge),
 'recordedFacts', (select jsonb_build_object('acts', to_jsonb(f.acts), 'means', to_jsonb(f.means), 'purposes', to_jsonb(f.purposes), 'route', to_jsonb(f.route),
        'offenceDate', f.offence_date, 'circumstances', to_jsonb(f.circumstances)) from case_facts f where f.case_id = c.id))
