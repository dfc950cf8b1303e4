-- Reporting's own copy of the scores the outcome read model is computed from (the measures module
-- owns the responses): one row per scored scale of each stored response. Written with the COMMIT of
-- the transaction that stores the response (from measures' ResponseRecorded, before that person's
-- outcome rows are computed again), and filled once per instrument from MeasuresApi.scores before
-- its rows are first built (reporting_score_copied says which instruments are filled).
CREATE TABLE reporting_score (
    response_id     uuid        NOT NULL,
    scale           text        NOT NULL,
    person_id       uuid        NOT NULL,
    organisation_id uuid        NOT NULL,
    instrument      varchar(40) NOT NULL,
    authored        timestamptz NOT NULL,
    value           numeric,
    band            text,
    PRIMARY KEY (response_id, scale)
);
CREATE INDEX reporting_score_person_idx ON reporting_score (person_id, instrument, authored);

CREATE TABLE reporting_score_copied (
    instrument varchar(40) PRIMARY KEY,
    copied_at  timestamptz NOT NULL
);

-- Outcome rows built before the copy existed were computed from the responses themselves: build them
-- again, from the copy, when they are next asked for.
DELETE FROM outcome_person;
DELETE FROM outcome_window;
