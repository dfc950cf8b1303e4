CREATE TABLE programme (
    id         uuid PRIMARY KEY,
    name       varchar(200) NOT NULL UNIQUE,
    created_at timestamptz  NOT NULL DEFAULT now(),
    version    bigint       NOT NULL DEFAULT 0
);

CREATE TABLE organisation (
    id           uuid PRIMARY KEY,
    programme_id uuid REFERENCES programme (id),
    name         varchar(200) NOT NULL UNIQUE,
    time_zone    varchar(64)  NOT NULL DEFAULT 'Europe/London',
    created_at   timestamptz  NOT NULL DEFAULT now(),
    version      bigint       NOT NULL DEFAULT 0
);

CREATE TABLE site (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    name            varchar(200) NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0,
    UNIQUE (organisation_id, name)
);

CREATE TABLE team (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    site_id         uuid         NOT NULL REFERENCES site (id),
    name            varchar(200) NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0,
    UNIQUE (organisation_id, name)
);

CREATE TABLE person (
    id               uuid PRIMARY KEY,
    organisation_id  uuid         NOT NULL REFERENCES organisation (id),
    given_name       varchar(100) NOT NULL,
    family_name      varchar(100) NOT NULL,
    preferred_name   varchar(100),
    pronouns         varchar(40),
    date_of_birth    date,
    email            varchar(254),
    phone            varchar(40),
    contact_by_email boolean      NOT NULL DEFAULT false,
    contact_by_phone boolean      NOT NULL DEFAULT false,
    contact_by_post  boolean      NOT NULL DEFAULT false,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    version          bigint       NOT NULL DEFAULT 0
);
CREATE INDEX person_org_name_idx ON person (organisation_id, family_name, given_name);

CREATE TABLE staff (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    given_name      varchar(100) NOT NULL,
    family_name     varchar(100) NOT NULL,
    email           varchar(254),
    job_title       varchar(100),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0
);

CREATE TABLE team_member (
    team_id  uuid NOT NULL REFERENCES team (id),
    staff_id uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, staff_id)
);
CREATE INDEX team_member_staff_idx ON team_member (staff_id);

CREATE TABLE caseload (
    id        uuid PRIMARY KEY,
    person_id uuid NOT NULL REFERENCES person (id),
    team_id   uuid NOT NULL REFERENCES team (id),
    from_date date NOT NULL,
    to_date   date,
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX caseload_team_idx ON caseload (team_id, person_id);
CREATE INDEX caseload_person_idx ON caseload (person_id);

-- A supporter (family member, friend) sees only what the person shares with them.
CREATE TABLE supporter_link (
    id                 uuid PRIMARY KEY,
    person_id          uuid         NOT NULL REFERENCES person (id),
    supporter_account  uuid         NOT NULL,
    relationship       varchar(100) NOT NULL,
    shares             text[]       NOT NULL DEFAULT '{}',
    created_at         timestamptz  NOT NULL DEFAULT now(),
    ended_at           timestamptz,
    UNIQUE (person_id, supporter_account)
);
