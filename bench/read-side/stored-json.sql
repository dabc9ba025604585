select c.id, c.read_format, cast(c.read_json as text) from case_file c where true and c.status = 'CLOSED' order by c.registered_on desc, c.id desc limit 51;
