-- Every version of every instrument definition ever used; responses point at the version they were scored with.
CREATE TABLE instrument_definition (
    code       varchar(40) NOT NULL,
    version    int         NOT NULL,
    definition text        NOT NULL,
    source     varchar(20) NOT NULL,
    title      varchar(300),
    wording    text,
    imported_by varchar(64),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (code, version)
);

CREATE TABLE measure_response (
    id                 uuid PRIMARY KEY,
    person_id          uuid        NOT NULL,
    organisation_id    uuid        NOT NULL,
    instrument         varchar(40) NOT NULL,
    definition_version int         NOT NULL,
    authored           timestamptz NOT NULL,
    answers            jsonb       NOT NULL,
    scales             jsonb       NOT NULL,
    entered_by         varchar(64) NOT NULL,
    entered_role       varchar(40) NOT NULL,
    completed_together boolean     NOT NULL DEFAULT false,
    idempotency_key    varchar(200),
    created_at         timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (instrument, definition_version) REFERENCES instrument_definition (code, version)
);
CREATE INDEX measure_response_history_idx ON measure_response (person_id, instrument, authored DESC);
CREATE UNIQUE INDEX measure_response_idempotency_uq ON measure_response (person_id, entered_by, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
