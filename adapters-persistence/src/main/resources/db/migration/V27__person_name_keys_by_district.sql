-- Candidates by name are persons of the sought person's home district only (SamePersonTest: a close
-- name alone is not enough, the districts must be the same). Each name key carries its person's
-- district key, and one GIN index answers "in this district, a name close to this key" (btree_gin
-- for the equality beside pg_trgm's similarity; both trusted extensions). Without it a common name
-- ("Imran ...") gave thousands of trigram hits across the country, of which the first 50 by
-- similarity were kept: slow, and a same-district candidate could be cut off.
CREATE EXTENSION IF NOT EXISTS btree_gin;

ALTER TABLE person_name_key ADD COLUMN district_key VARCHAR(100);
UPDATE person_name_key k SET district_key = p.district_key
FROM person p WHERE p.id = k.person_id AND p.district_key IS NOT NULL;

CREATE INDEX person_name_key_district_trgm_idx ON person_name_key
    USING GIN (district_key, name_key gin_trgm_ops) WHERE district_key IS NOT NULL;
-- No query looks for a close name across districts any more.
DROP INDEX person_name_key_trgm_idx;
