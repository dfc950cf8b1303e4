-- Clinical recovery: dated observations, recorded by staff or by the person (source kept),
-- or derived from a stored BPRS response (response_id).
CREATE TABLE clinical_observation (
    id          uuid PRIMARY KEY,
    person_id   uuid         NOT NULL,
    kind        varchar(14)  NOT NULL CHECK (kind IN ('SYMPTOMS', 'WORK_OR_STUDY', 'LIVING', 'INCOME', 'SOCIAL')),
    value       varchar(24)  NOT NULL,
    observed_on date         NOT NULL,
    source      varchar(6)   NOT NULL CHECK (source IN ('PERSON', 'STAFF')),
    recorded_by varchar(64)  NOT NULL,
    recorded_at timestamptz  NOT NULL,
    response_id uuid UNIQUE
);
CREATE INDEX clinical_observation_person ON clinical_observation (person_id, observed_on);
