-- The cases page of bench/queries/page.graphql (with page-fields.graphql) as one SQL statement: the
-- same JSON as Insaf's "data", for pgbench. peer.sh puts in the page places (@AFTER@: "registeredOn|id"
-- of the row before each page; the first page's is after every row), their count and the status.
\set i random(1, @COUNT@)
WITH after AS (
    SELECT split_part(a, '|', 1)::date AS registered_on, split_part(a, '|', 2)::uuid AS id
    FROM (SELECT (ARRAY[@AFTER@]::text[])[:i] AS a) x
), rows AS (
    SELECT c.id, c.fir_number, c.office, c.status, c.registered_on
    FROM case_file c, after
    WHERE c.status = '@STATUS@' AND (c.registered_on, c.id) < (after.registered_on, after.id)
    ORDER BY c.registered_on DESC, c.id DESC
    LIMIT @FIRST@ + 1
), page AS (
    SELECT r.*, row_number() OVER (ORDER BY r.registered_on DESC, r.id DESC) AS n,
           rtrim(translate(encode(convert_to(r.registered_on || '|' || r.id, 'UTF8'), 'base64'), E'+/\n', '-_'), '=') AS cursor
    FROM rows r
)
SELECT json_build_object('cases', json_build_object(
    'edges', COALESCE(json_agg(json_build_object('cursor', p.cursor, 'node', json_build_object(
        'id', p.id, 'firNumber', p.fir_number, 'office', p.office, 'status', p.status, 'registeredOn', p.registered_on,
        'victims', (SELECT COALESCE(json_agg(json_build_object('pseudonym', v.pseudonym, 'gender', v.gender,
                            'exploitation', v.exploitation) ORDER BY v.position), '[]')
                    FROM victim v WHERE v.case_id = p.id),
        'accused', (SELECT COALESCE(json_agg(json_build_object('name', a.name, 'roles', a.roles) ORDER BY a.position), '[]')
                    FROM accused a WHERE a.case_id = p.id),
        'charges', (SELECT COALESCE(json_agg(json_build_object('statuteCode', o.statute_code,
                            'verdict', CASE WHEN o.verdict IS NOT NULL THEN json_build_object('outcome', o.verdict) END,
                            'statute', json_build_object('code', s.code, 'title', s.title)) ORDER BY o.position), '[]')
                    FROM offence o JOIN statute s ON s.code = o.statute_code AND s.version = o.statute_version
                    WHERE o.case_id = p.id),
        'hearings', (SELECT COALESCE(json_agg(json_build_object('date', h.hearing_date) ORDER BY h.position), '[]')
                     FROM hearing h WHERE h.case_id = p.id)))
        ORDER BY p.n) FILTER (WHERE p.n <= @FIRST@), '[]'),
    'pageInfo', json_build_object('hasNextPage', count(*) > @FIRST@,
                                  'endCursor', (array_agg(p.cursor ORDER BY p.n DESC) FILTER (WHERE p.n <= @FIRST@))[1])))
FROM page p;
