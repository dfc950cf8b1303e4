-- Organisational change: the ten ImROC challenges, team priorities (TRIP), action learning, fidelity.

CREATE TABLE change_assessment (
    id                     uuid PRIMARY KEY,
    organisation_id        uuid         NOT NULL,
    scope                  varchar(12)  NOT NULL CHECK (scope IN ('ORGANISATION', 'SITE', 'TEAM')),
    scope_id               uuid         NOT NULL,
    assessed_on            date         NOT NULL,
    participants           integer      NOT NULL CHECK (participants >= 0),
    lived_experience       integer      NOT NULL CHECK (lived_experience >= 0 AND lived_experience <= participants),
    created_by             varchar(64)  NOT NULL,
    created_at             timestamptz  NOT NULL
);
CREATE INDEX change_assessment_scope ON change_assessment (scope, scope_id, assessed_on DESC);

CREATE TABLE change_rating (
    assessment_id uuid          NOT NULL REFERENCES change_assessment (id),
    challenge     smallint      NOT NULL CHECK (challenge BETWEEN 1 AND 10),
    stage         varchar(30)   NOT NULL,
    evidence      text CHECK (length(evidence) <= 4000),
    links         text CHECK (length(links) <= 2000),
    PRIMARY KEY (assessment_id, challenge)
);

CREATE TABLE change_evidence_file (
    id            uuid PRIMARY KEY,
    assessment_id uuid         NOT NULL REFERENCES change_assessment (id),
    challenge     smallint     NOT NULL CHECK (challenge BETWEEN 1 AND 10),
    filename      varchar(200) NOT NULL,
    content_type  varchar(60)  NOT NULL,
    bytes         bytea        NOT NULL,
    uploaded_at   timestamptz  NOT NULL
);

-- Team Recovery Implementation Plan: each review resets it as a new version.
CREATE TABLE change_trip (
    team_id     uuid         NOT NULL,
    version     integer      NOT NULL CHECK (version > 0),
    resources   text         NOT NULL CHECK (length(resources) <= 4000),
    priorities  jsonb        NOT NULL,
    review_on   date         NOT NULL,
    written_by  varchar(64)  NOT NULL,
    written_at  timestamptz  NOT NULL,
    PRIMARY KEY (team_id, version)
);

CREATE TABLE change_cycle (
    id              uuid PRIMARY KEY,
    organisation_id uuid          NOT NULL,
    challenge       smallint      NOT NULL CHECK (challenge BETWEEN 1 AND 10),
    title           varchar(200)  NOT NULL,
    created_by      varchar(64)   NOT NULL,
    created_at      timestamptz   NOT NULL,
    closed_at       timestamptz
);

CREATE TABLE change_cycle_step (
    cycle_id  uuid          NOT NULL REFERENCES change_cycle (id),
    step      smallint      NOT NULL CHECK (step BETWEEN 1 AND 4),
    text      text          NOT NULL CHECK (length(text) <= 4000),
    done_on   date          NOT NULL,
    by_name   varchar(200)  NOT NULL,
    by_user   varchar(64)   NOT NULL,
    PRIMARY KEY (cycle_id, step)
);

-- Counts a service lead keeps up to date for the programme view.
CREATE TABLE change_org_profile (
    organisation_id  uuid PRIMARY KEY,
    colleges_open    integer     NOT NULL CHECK (colleges_open >= 0),
    colleges_planned integer     NOT NULL CHECK (colleges_planned >= 0),
    updated_at       timestamptz NOT NULL
);

-- RECOLLECT-structured fidelity self-check of a Recovery College, per term.
CREATE TABLE change_fidelity (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL,
    term            varchar(60)  NOT NULL,
    ratings         jsonb        NOT NULL,
    rated_by        varchar(64)  NOT NULL,
    rated_at        timestamptz  NOT NULL,
    UNIQUE (organisation_id, term)
);
