-- The cause list, the desks and the queues (issue 19 items 1 and 2).
-- A court's cause list for a day: the hearings at that court that fixed that day for the next one.
CREATE INDEX hearing_court_next_date_idx ON hearing (court, next_date);
-- Whether a court is known at all (a case assigned to it, before its first hearing).
CREATE INDEX case_file_court_idx ON case_file (court) WHERE court IS NOT NULL;
-- An office's queue: its open investigations, oldest FIR first.
CREATE INDEX case_file_open_investigation_idx ON case_file (office, agency, registered_on, id)
    WHERE status IN ('REGISTERED', 'UNDER_INVESTIGATION');
