-- Append-only, hash-chained log of every read and change of person data.
-- An entry is written in the same transaction as the change it records; a sealer then links
-- entries into the hash chain in order (chain_pos), so that writers never wait for each other.
CREATE SEQUENCE audit_entry_seq;

CREATE TABLE audit_entry (
    seq             bigint PRIMARY KEY DEFAULT nextval('audit_entry_seq'),
    at              timestamptz   NOT NULL,
    actor           varchar(64)   NOT NULL,
    actor_role      varchar(40)   NOT NULL,
    organisation_id uuid,
    person_id       uuid,
    action          varchar(40)   NOT NULL,
    object_type     varchar(60)   NOT NULL,
    object_id       varchar(80),
    request_id      varchar(64),
    client_address  varchar(64),
    break_glass     boolean       NOT NULL DEFAULT false,
    chain_pos       bigint UNIQUE,
    prev_hash       char(64),
    hash            char(64)
);
CREATE INDEX audit_person_idx ON audit_entry (person_id, seq DESC);
CREATE INDEX audit_unsealed_idx ON audit_entry (seq) WHERE hash IS NULL;

-- Nothing may change an entry, except sealing it once (setting chain_pos, prev_hash and hash).
CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
       AND (OLD.seq, OLD.at, OLD.actor, OLD.actor_role, OLD.organisation_id, OLD.person_id, OLD.action,
            OLD.object_type, OLD.object_id, OLD.request_id, OLD.client_address, OLD.break_glass)
           IS NOT DISTINCT FROM
           (NEW.seq, NEW.at, NEW.actor, NEW.actor_role, NEW.organisation_id, NEW.person_id, NEW.action,
            NEW.object_type, NEW.object_id, NEW.request_id, NEW.client_address, NEW.break_glass) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE FUNCTION audit_entry_no_truncate() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_no_truncate();
