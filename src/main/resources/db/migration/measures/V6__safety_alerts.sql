-- A safety answer (PHQ-9 item 9 above 0): the care team is told at once. An alert stays open until
-- a worker who may see the person marks it seen. The person's answers are not copied here.
CREATE TABLE measure_safety_alert (
    id              uuid PRIMARY KEY,
    person_id       uuid        NOT NULL,
    organisation_id uuid        NOT NULL,
    response_id     uuid        NOT NULL,
    instrument      varchar(40) NOT NULL,
    raised_at       timestamptz NOT NULL,
    seen_by         varchar(64),
    seen_at         timestamptz
);
CREATE INDEX measure_safety_alert_open_idx ON measure_safety_alert (person_id) WHERE seen_at IS NULL;

-- Where a team's safety alerts are e-mailed (its duty desk). Kept by measures, keyed by the team's id,
-- so that the people module's team table is left as it is.
CREATE TABLE measure_duty_contact (
    team_id         uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL,
    email           varchar(320) NOT NULL,
    set_by          varchar(64)  NOT NULL,
    set_at          timestamptz  NOT NULL DEFAULT now()
);
