-- The person's recovery plan. The person's own words are kept in versions: a save adds a version,
-- nothing is overwritten. Staff contributions (what I heard, suggestions, ratings, session notes)
-- are separate rows, attributed, beside the person's words.

CREATE TABLE plan_values (
    person_id          uuid         NOT NULL,
    version            integer      NOT NULL CHECK (version > 0),
    what_matters       text         NOT NULL CHECK (length(what_matters) <= 4000),
    value_cards        text[]       NOT NULL DEFAULT '{}',
    what_helps         text CHECK (length(what_helps) <= 4000),
    what_does_not_help text CHECK (length(what_does_not_help) <= 4000),
    treatment          text CHECK (length(treatment) <= 4000),
    contact            text CHECK (length(contact) <= 4000),
    involve            text CHECK (length(involve) <= 4000),
    written_by         varchar(64)  NOT NULL,
    written_at         timestamptz  NOT NULL,
    PRIMARY KEY (person_id, version)
);

CREATE TABLE plan_strengths (
    person_id  uuid        NOT NULL,
    version    integer     NOT NULL CHECK (version > 0),
    domains    jsonb       NOT NULL,
    priorities text CHECK (length(priorities) <= 4000),
    written_by varchar(64) NOT NULL,
    written_at timestamptz NOT NULL,
    PRIMARY KEY (person_id, version)
);

-- "What I heard": a worker's notes beside the person's values or strengths, never in them.
CREATE TABLE plan_heard (
    id          uuid PRIMARY KEY,
    person_id   uuid          NOT NULL,
    section     varchar(10)   NOT NULL CHECK (section IN ('VALUES', 'STRENGTHS')),
    text        varchar(2000) NOT NULL,
    author      varchar(64)   NOT NULL,
    author_name varchar(200)  NOT NULL,
    written_at  timestamptz   NOT NULL
);
CREATE INDEX plan_heard_person ON plan_heard (person_id, written_at DESC);

CREATE TABLE goal (
    id              uuid PRIMARY KEY,
    person_id       uuid         NOT NULL,
    status          varchar(10)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ACHIEVED', 'SET_ASIDE')),
    weight          numeric(5, 2) CHECK (weight > 0 AND weight <= 100),
    set_on          date         NOT NULL,
    from_suggestion uuid,
    created_at      timestamptz  NOT NULL,
    status_at       timestamptz  NOT NULL
);
CREATE INDEX goal_person ON goal (person_id, created_at);

-- The goal in the person's words, with its five attainment levels; each edit is a new version.
CREATE TABLE goal_version (
    goal_id    uuid          NOT NULL REFERENCES goal (id),
    version    integer       NOT NULL CHECK (version > 0),
    text       varchar(1000) NOT NULL,
    chime      text[]        NOT NULL DEFAULT '{}',
    levels     jsonb         NOT NULL,
    written_by varchar(64)   NOT NULL,
    written_at timestamptz   NOT NULL,
    PRIMARY KEY (goal_id, version)
);

CREATE TABLE goal_step (
    id       uuid PRIMARY KEY,
    goal_id  uuid         NOT NULL REFERENCES goal (id),
    what     varchar(500) NOT NULL,
    who      varchar(200),
    due_on   date,
    done_on  date,
    added_by varchar(64)  NOT NULL,
    added_at timestamptz  NOT NULL
);
CREATE INDEX goal_step_goal ON goal_step (goal_id, added_at);

-- A worker's suggestion of a goal or a step; it becomes one only when the person accepts it, in their words.
CREATE TABLE goal_suggestion (
    id                uuid PRIMARY KEY,
    person_id         uuid          NOT NULL,
    goal_id           uuid REFERENCES goal (id),
    kind              varchar(4)    NOT NULL CHECK (kind IN ('GOAL', 'STEP')),
    text              varchar(1000) NOT NULL,
    suggested_by      varchar(64)   NOT NULL,
    suggested_by_name varchar(200)  NOT NULL,
    suggested_at      timestamptz   NOT NULL,
    status            varchar(8)    NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED')),
    decided_at        timestamptz,
    CHECK ((kind = 'STEP') = (goal_id IS NOT NULL))
);
CREATE INDEX goal_suggestion_person ON goal_suggestion (person_id, suggested_at DESC);

-- Reviews: the person and the worker each rate the level; both kept, never merged.
CREATE TABLE goal_review (
    id          uuid PRIMARY KEY,
    goal_id     uuid          NOT NULL REFERENCES goal (id),
    rater       varchar(64)   NOT NULL,
    rater_name  varchar(200)  NOT NULL,
    rater_kind  varchar(6)    NOT NULL CHECK (rater_kind IN ('PERSON', 'STAFF')),
    level       smallint      NOT NULL CHECK (level BETWEEN -2 AND 2),
    note        varchar(2000),
    reviewed_at timestamptz   NOT NULL
);
CREATE INDEX goal_review_goal ON goal_review (goal_id, reviewed_at);

CREATE TABLE coaching_session (
    id            uuid PRIMARY KEY,
    person_id     uuid          NOT NULL,
    held_on       date          NOT NULL,
    style         varchar(12)   NOT NULL CHECK (style IN ('MENTORING', 'CO_LEARNING', 'COACHING')),
    peer          boolean       NOT NULL,
    worker        varchar(64)   NOT NULL,
    worker_name   varchar(200)  NOT NULL,
    notes         text          NOT NULL CHECK (length(notes) <= 8000),
    goal_ids      uuid[]        NOT NULL DEFAULT '{}',
    reflection    text CHECK (length(reflection) <= 4000),
    reflection_at timestamptz,
    written_at    timestamptz   NOT NULL
);
CREATE INDEX coaching_session_person ON coaching_session (person_id, held_on DESC);

CREATE TABLE crisis_plan (
    person_id  uuid        NOT NULL,
    version    integer     NOT NULL CHECK (version > 0),
    sections   jsonb       NOT NULL,
    review_due date,
    written_by varchar(64) NOT NULL,
    written_at timestamptz NOT NULL,
    PRIMARY KEY (person_id, version)
);

CREATE TABLE risk_plan (
    id         uuid PRIMARY KEY,
    person_id  uuid        NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX risk_plan_person ON risk_plan (person_id);

CREATE TABLE risk_plan_version (
    plan_id         uuid          NOT NULL REFERENCES risk_plan (id),
    version         integer       NOT NULL CHECK (version > 0),
    goal            varchar(1000) NOT NULL,
    risks           text          NOT NULL CHECK (length(risks) <= 4000),
    smaller         text          NOT NULL CHECK (length(smaller) <= 4000),
    who_does_what   text          NOT NULL CHECK (length(who_does_what) <= 4000),
    review_on       date          NOT NULL,
    written_by      varchar(64)   NOT NULL,
    written_by_name varchar(200)  NOT NULL,
    written_by_kind varchar(6)    NOT NULL CHECK (written_by_kind IN ('PERSON', 'STAFF')),
    written_at      timestamptz   NOT NULL,
    PRIMARY KEY (plan_id, version)
);

-- "Agreed" only when the person and a worker have agreed the same version.
CREATE TABLE risk_plan_agreement (
    plan_id   uuid         NOT NULL,
    version   integer      NOT NULL,
    party     varchar(6)   NOT NULL CHECK (party IN ('PERSON', 'STAFF')),
    account   varchar(64)  NOT NULL,
    name      varchar(200) NOT NULL,
    agreed_at timestamptz  NOT NULL,
    PRIMARY KEY (plan_id, version, party),
    FOREIGN KEY (plan_id, version) REFERENCES risk_plan_version (plan_id, version)
);

CREATE TABLE journal_entry (
    id         uuid PRIMARY KEY,
    person_id  uuid         NOT NULL,
    entry_on   date         NOT NULL,
    way        varchar(13)  NOT NULL CHECK (way IN ('CONNECT', 'BE_ACTIVE', 'TAKE_NOTICE', 'KEEP_LEARNING', 'GIVE')),
    note       varchar(500),
    written_at timestamptz  NOT NULL
);
CREATE INDEX journal_entry_person ON journal_entry (person_id, entry_on DESC);

CREATE TABLE journal_sharing (
    person_id      uuid PRIMARY KEY,
    with_care_team boolean     NOT NULL,
    changed_at     timestamptz NOT NULL
);
