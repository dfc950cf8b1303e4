-- Append-only, hash-chained log of every read and change of person data.
CREATE TABLE audit_entry (
    seq             bigint PRIMARY KEY,
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
    prev_hash       char(64)      NOT NULL,
    hash            char(64)      NOT NULL
);
CREATE INDEX audit_person_idx ON audit_entry (person_id, seq DESC);
CREATE INDEX audit_org_bg_idx ON audit_entry (organisation_id, break_glass, seq DESC);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
