select json_agg(x.v order by x.registered_on desc, x.id desc) from (select c.id, c.registered_on, jsonb_build_object(
 'id', c.id, 'firNumber', c.fir_number, 'office', c.circle, 'status', c.status, 'registeredOn', c.registered_on,
 'victims', coalesce((select jsonb_agg(jsonb_build_object('pseudonym', v.pseudonym, 'gender', v.gender, 'exploitation', to_jsonb(v.exploitation)) order by v.position) from victim v where v.case_id = c.id), '[]'),
 'accused', coalesce((select jsonb_agg(jsonb_build_object('name', a.name, 'roles', to_jsonb(a.roles)) order by a.position) from accused a where a.case_id = c.id), '[]'),
 'charges', coalesce((select jsonb_agg(jsonb_build_object('statuteCode', o.statute_code, 'verdict', case when o.verdict is null then null else jsonb_build_object('outcome', o.verdict) end) order by o.position) from offence o where o.case_id = c.id), '[]'),
 'hearings', coalesce((select jsonb_agg(jsonb_build_object('date', h.hearing_date) order by h.position) from hearing h where h.case_id = c.id), '[]')) v
 from case_file c where c.status = 'CLOSED' order by c.registered_on desc, c.id desc limit 51) x;
