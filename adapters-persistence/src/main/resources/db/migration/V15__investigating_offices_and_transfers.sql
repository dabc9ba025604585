-- Which office investigates a case (issue 17 item 8): an FIA circle or a provincial police station
-- (statutes.md correction 14), and the case's transfers between offices.
--
-- case_file.circle keeps its meaning: the office where the FIR was registered, whose number it is
-- (the FIR's uniqueness stays on it). The new columns say which office holds the case now; the
-- access rules and the case lists read them. Every case stored before is an FIA circle's, never
-- transferred: its office is its circle.

ALTER TABLE case_file
    ADD COLUMN agency          VARCHAR(20)  NOT NULL DEFAULT 'FIA' CHECK (agency IN ('FIA', 'PROVINCIAL_POLICE')),
    ADD COLUMN office          VARCHAR(100),
    ADD COLUMN office_province VARCHAR(40)  CHECK (office_province IN ('PUNJAB', 'SINDH', 'KHYBER_PAKHTUNKHWA',
                                   'BALOCHISTAN', 'ISLAMABAD_CAPITAL_TERRITORY', 'GILGIT_BALTISTAN')),
    ADD COLUMN office_district VARCHAR(100) CHECK (btrim(office_district) <> ''),
    -- The day of the latest transfer; null for a case never transferred (the loader reads no transfer then).
    ADD COLUMN transferred_on  DATE;

UPDATE case_file SET office = circle;

ALTER TABLE case_file
    ALTER COLUMN office SET NOT NULL,
    ALTER COLUMN agency DROP DEFAULT,
    ADD CONSTRAINT case_file_office_named CHECK (btrim(office) <> ''),
    ADD CONSTRAINT case_file_police_station_placed CHECK (agency <> 'PROVINCIAL_POLICE'
        OR (office_province IS NOT NULL AND office_district IS NOT NULL)),
    ADD CONSTRAINT case_file_fia_circle_no_district CHECK (agency <> 'FIA' OR office_district IS NULL);

-- The office's lists and visibility predicate, as the circle's index served them before.
CREATE INDEX case_file_office_idx ON case_file (office, registered_on DESC, id DESC);

CREATE TABLE case_transfer (
    id             UUID         PRIMARY KEY,
    case_id        UUID         NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL CHECK (position >= 0),
    transferred_on DATE         NOT NULL,
    from_agency    VARCHAR(20)  NOT NULL CHECK (from_agency IN ('FIA', 'PROVINCIAL_POLICE')),
    from_office    VARCHAR(100) NOT NULL CHECK (btrim(from_office) <> ''),
    from_province  VARCHAR(40),
    from_district  VARCHAR(100),
    to_agency      VARCHAR(20)  NOT NULL CHECK (to_agency IN ('FIA', 'PROVINCIAL_POLICE')),
    to_office      VARCHAR(100) NOT NULL CHECK (btrim(to_office) <> ''),
    to_province    VARCHAR(40),
    to_district    VARCHAR(100),
    reason         TEXT         NOT NULL CHECK (btrim(reason) <> ''),
    CONSTRAINT case_transfer_position_unique UNIQUE (case_id, position),
    CONSTRAINT case_transfer_moves CHECK ((from_agency, from_office) IS DISTINCT FROM (to_agency, to_office))
);

-- A transfer is a fact of the case's history: the service appends it and never changes it
-- (SELECT and INSERT come with V8's default privileges).
