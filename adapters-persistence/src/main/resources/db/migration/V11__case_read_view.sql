-- The read side: each case's view as the API reads it (application CaseDetail, as JSON), kept by the
-- same statements that save the case (the insert of a new case, the conditional version update),
-- so a page or a case is read with one statement and no assembly. read_format names the shape of
-- the JSON; rows whose format is not the service's (NULL here, for the cases stored before) are
-- filled by the service at start-up, and read through the aggregate until then.
-- JSON, not JSONB: the view is only ever read back whole, as text, which JSON keeps as written and
-- JSONB would have to print again for every read (docs/benchmarks.md). No victim identity is ever
-- part of it.
ALTER TABLE case_file
    ADD COLUMN read_view JSON,
    ADD COLUMN read_format SMALLINT;
