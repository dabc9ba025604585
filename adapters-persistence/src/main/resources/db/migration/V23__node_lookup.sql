-- node(id) tells an accused by the person's id (PostgresObjectLocator): without this index that
-- lookup would read every accused of every case. (case_id, person_id) is unique, but its index
-- does not serve a lookup by person_id alone.
CREATE INDEX accused_person_id ON accused (person_id);
