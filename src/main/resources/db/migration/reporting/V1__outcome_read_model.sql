-- The outcome read model behind the service dashboards. For each instrument and period length
-- (in months) that someone has asked for, one row per person with a scored response in the period:
-- their first and last score in it, the change, and whether it is reliable. Kept exact by
-- recomputing a person's rows in the transaction that stores their response, and rebuilt when a
-- period rolls over to a new month (outcome_window says which start date the rows are for).
CREATE TABLE outcome_window (
    instrument   varchar(40) NOT NULL,
    months       int         NOT NULL,
    window_start date        NOT NULL,
    built_at     timestamptz NOT NULL,
    build_ms     bigint      NOT NULL,
    PRIMARY KEY (instrument, months)
);

CREATE TABLE outcome_person (
    instrument      varchar(40) NOT NULL,
    months          int         NOT NULL,
    person_id       uuid        NOT NULL,
    organisation_id uuid        NOT NULL,
    responses       int         NOT NULL,
    first_score     numeric     NOT NULL,
    last_score      numeric     NOT NULL,
    change          numeric,
    outcome         varchar(12) CHECK (outcome IN ('IMPROVED', 'UNCHANGED', 'WORSE', 'NOT_ASSESSED')),
    last_band       varchar(200),
    PRIMARY KEY (instrument, months, person_id)
);
CREATE INDEX outcome_person_org_idx ON outcome_person (instrument, months, organisation_id);

-- Every research extract: who made it, when, how many people, how dates were treated.
CREATE TABLE research_extract (
    id              uuid PRIMARY KEY,
    organisation_id uuid        NOT NULL,
    made_by         varchar(64) NOT NULL,
    made_at         timestamptz NOT NULL,
    people          int         NOT NULL,
    rows_written    int         NOT NULL,
    date_precision  varchar(10) NOT NULL
);
