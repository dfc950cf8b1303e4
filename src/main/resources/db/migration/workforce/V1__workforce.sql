-- The peer workforce and lived experience in the workforce.

CREATE TABLE peer_role (
    staff_id uuid        NOT NULL,
    role     varchar(20) NOT NULL CHECK (role IN ('PEER_SUPPORT_WORKER', 'SENIOR_PEER_WORKER', 'PEER_TRAINER')),
    since    date        NOT NULL,
    PRIMARY KEY (staff_id, role)
);

CREATE TABLE peer_supervision (
    id            uuid PRIMARY KEY,
    staff_id      uuid          NOT NULL,
    supervisor_id uuid          NOT NULL,
    held_on       date          NOT NULL,
    notes         text          NOT NULL CHECK (length(notes) <= 4000),
    next_on       date,
    written_by    varchar(64)   NOT NULL,
    written_at    timestamptz   NOT NULL,
    CHECK (staff_id <> supervisor_id)
);
CREATE INDEX peer_supervision_staff ON peer_supervision (staff_id, held_on DESC);

CREATE TABLE staff_training (
    id           uuid PRIMARY KEY,
    staff_id     uuid          NOT NULL,
    course       varchar(200)  NOT NULL,
    co_produced  boolean       NOT NULL,
    completed_on date          NOT NULL,
    expires_on   date,
    written_by   varchar(64)   NOT NULL,
    written_at   timestamptz   NOT NULL,
    CHECK (expires_on IS NULL OR expires_on > completed_on)
);
CREATE INDEX staff_training_staff ON staff_training (staff_id);

-- Each staff member's own, voluntary answer. Only they read it; reports use counts.
CREATE TABLE lived_experience (
    staff_id     uuid PRIMARY KEY,
    has_it       boolean     NOT NULL,
    uses_openly  boolean     NOT NULL,
    updated_at   timestamptz NOT NULL
);

-- The organisation's counts at the end of each month in which answers changed: the trend, by month only.
CREATE TABLE lived_experience_monthly (
    organisation_id uuid    NOT NULL,
    month           date    NOT NULL,
    staff           integer NOT NULL,
    with_it         integer NOT NULL,
    PRIMARY KEY (organisation_id, month)
);
