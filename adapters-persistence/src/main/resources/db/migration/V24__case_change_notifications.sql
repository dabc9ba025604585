-- Live updates: every change of a case, once committed, is announced on the channel
-- insaf_case_event, so that every instance of the service (each LISTENs on one connection of its
-- own) can tell its subscribers which case changed. PostgreSQL delivers a notification only when
-- the transaction that sent it commits, so a refused or rolled-back change is never announced.
--
-- The audit entry of a change is the one row every change writes, after the case's new version:
-- its events column holds one line per event, the event's name first. The payload names the case,
-- its version and the event, never the content: '<case id>:<version>:<event name>' (under 100
-- bytes, far below NOTIFY's 8000). Reads and refusals (events IS NULL) are not announced.
-- The function runs as the role that inserts (the service's, which may read case_file); LISTEN
-- needs no grant.

CREATE FUNCTION announce_case_change() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    current_version BIGINT;
    line TEXT;
    event_name TEXT;
BEGIN
    SELECT version INTO current_version FROM case_file WHERE id = NEW.case_id;
    IF current_version IS NULL THEN
        RETURN NULL;
    END IF;
    FOREACH line IN ARRAY string_to_array(NEW.events, E'\n') LOOP
        event_name := substring(line FROM '^[A-Za-z]{1,60}');
        IF event_name IS NOT NULL THEN
            PERFORM pg_notify('insaf_case_event', NEW.case_id::text || ':' || current_version || ':' || event_name);
        END IF;
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE TRIGGER audit_entry_announces_case_change AFTER INSERT ON audit_entry
    FOR EACH ROW WHEN (NEW.events IS NOT NULL AND NEW.case_id IS NOT NULL)
    EXECUTE FUNCTION announce_case_change();
