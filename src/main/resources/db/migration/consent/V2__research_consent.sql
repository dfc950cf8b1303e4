-- A person's own choice to let their pseudonymised answers be used for research. No row = no.
CREATE TABLE research_consent (
    person_id  uuid PRIMARY KEY,
    consented  boolean     NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by varchar(64) NOT NULL
);
