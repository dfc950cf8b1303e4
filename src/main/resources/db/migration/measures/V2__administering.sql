-- Staff ask a person to complete an instrument once, or on a schedule.
CREATE TABLE measure_assignment (
    id              uuid PRIMARY KEY,
    person_id       uuid        NOT NULL,
    organisation_id uuid        NOT NULL,
    instrument      varchar(40) NOT NULL,
    due_on          date        NOT NULL,
    every_months    int,
    assigned_by     varchar(64) NOT NULL,
    assigned_at     timestamptz NOT NULL DEFAULT now(),
    ended_at        timestamptz,
    CHECK (every_months IS NULL OR every_months BETWEEN 1 AND 24)
);
CREATE INDEX measure_assignment_person_idx ON measure_assignment (person_id) WHERE ended_at IS NULL;

-- Single-use links: only a hash of the token is stored.
CREATE TABLE measure_link (
    token_hash    char(64) PRIMARY KEY,
    assignment_id uuid        NOT NULL REFERENCES measure_assignment (id),
    created_by    varchar(64) NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL,
    used_at       timestamptz
);
