-- Community: mutual-help groups and their meetings, the stories library, the resources library.

CREATE TABLE community_group (
    id                  uuid PRIMARY KEY,
    organisation_id     uuid          NOT NULL,
    name                varchar(120)  NOT NULL,
    purpose             varchar(2000) NOT NULL,
    who_for             varchar(1000) NOT NULL,
    facilitator         varchar(120)  NOT NULL,
    place               varchar(300),
    online_url          varchar(500),
    accessibility       varchar(1000),
    -- Meetings recur weekly (or every n weeks) at a local time in the organisation's time zone.
    weekday             smallint      NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts_at           time          NOT NULL,
    minutes             integer       NOT NULL CHECK (minutes BETWEEN 15 AND 480),
    every_weeks         integer       NOT NULL DEFAULT 1 CHECK (every_weeks BETWEEN 1 AND 8),
    first_meeting       date          NOT NULL,
    last_meeting        date,
    created_by          varchar(64)   NOT NULL,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    version             bigint        NOT NULL DEFAULT 0,
    CHECK (place IS NOT NULL OR online_url IS NOT NULL),
    UNIQUE (organisation_id, name)
);

-- Members' names are never public; a member may take on one of the roles mutual-help groups offer.
CREATE TABLE community_group_member (
    group_id   uuid        NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
    account_id uuid        NOT NULL,
    role       varchar(20) CHECK (role IN ('WELCOMER', 'NOTE_TAKER', 'CO_FACILITATOR')),
    joined_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX community_group_member_account ON community_group_member (account_id);

CREATE TABLE story (
    id               uuid PRIMARY KEY,
    author_account   uuid          NOT NULL,
    author_person_id uuid,
    organisation_id  uuid,
    status           varchar(12)   NOT NULL CHECK (status IN ('PENDING', 'PUBLISHED', 'RETURNED', 'PRIVATE', 'WITHDRAWN')),
    visibility       varchar(12)   NOT NULL CHECK (visibility IN ('PUBLIC', 'ORGANISATION', 'PRIVATE')),
    attribution      varchar(10)   NOT NULL CHECK (attribution IN ('NAME', 'INITIALS', 'ANONYMOUS')),
    byline           varchar(120)  NOT NULL,
    -- Cleared when the author withdraws the story: the words leave Tandem, the fact of the story stays in the audit trail.
    title            varchar(120),
    body             text CHECK (length(body) <= 20000),
    content_notes    text[]        NOT NULL DEFAULT '{}',
    chime            text[]        NOT NULL DEFAULT '{}',
    moderation_note  varchar(2000),
    moderated_by     varchar(64),
    moderated_at     timestamptz,
    published_at     timestamptz,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    withdrawn_at     timestamptz,
    version          bigint        NOT NULL DEFAULT 0,
    CHECK ((status = 'WITHDRAWN') = (title IS NULL AND body IS NULL)),
    CHECK (visibility <> 'PRIVATE' OR status IN ('PRIVATE', 'WITHDRAWN')),
    CHECK (status <> 'PRIVATE' OR visibility = 'PRIVATE')
);
CREATE INDEX story_published ON story (published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX story_pending ON story (updated_at) WHERE status = 'PENDING';
CREATE INDEX story_author ON story (author_account, updated_at DESC);

-- Every moderation decision, kept for the moderators and for the rate limit.
CREATE TABLE story_moderation (
    id         uuid PRIMARY KEY,
    story_id   uuid         NOT NULL REFERENCES story (id),
    moderator  uuid         NOT NULL,
    decision   varchar(10)  NOT NULL CHECK (decision IN ('PUBLISH', 'RETURN')),
    note       varchar(2000),
    decided_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX story_moderation_moderator ON story_moderation (moderator, decided_at DESC);

-- Stories a person saved because they gave them hope: links only, removed when the story is withdrawn.
CREATE TABLE story_saved (
    person_id uuid        NOT NULL,
    story_id  uuid        NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    saved_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (person_id, story_id)
);

CREATE TABLE library_resource (
    id         uuid PRIMARY KEY,
    key        varchar(60)   NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9-]*$'),
    authors    text[]        NOT NULL,
    year       integer       NOT NULL CHECK (year BETWEEN 1800 AND 2200),
    title      varchar(500)  NOT NULL,
    source     varchar(500)  NOT NULL,
    url        varchar(500),
    type       varchar(10)   NOT NULL CHECK (type IN ('ARTICLE', 'BOOK', 'REPORT', 'CHAPTER', 'WEB')),
    topics     text[]        NOT NULL,
    summary    varchar(300),
    updated_by varchar(64)   NOT NULL,
    updated_at timestamptz   NOT NULL DEFAULT now(),
    version    bigint        NOT NULL DEFAULT 0
);

-- Each submission (new story or edit), for the per-author rate limit.
CREATE TABLE story_submission (
    account_id   uuid        NOT NULL,
    story_id     uuid        NOT NULL REFERENCES story (id),
    submitted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_submission_account ON story_submission (account_id, submitted_at DESC);
