-- A person's organisation never changes (the access decision remembers it per app node).
CREATE FUNCTION person_organisation_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a person''s organisation cannot change' USING ERRCODE = 'check_violation';
END $$;

CREATE TRIGGER person_organisation_fixed BEFORE UPDATE OF organisation_id ON person
    FOR EACH ROW WHEN (OLD.organisation_id IS DISTINCT FROM NEW.organisation_id) EXECUTE FUNCTION person_organisation_fixed();
