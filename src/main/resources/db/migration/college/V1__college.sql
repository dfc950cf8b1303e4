-- Recovery College: terms, co-produced courses, sessions, students, enrolment and waitlist,
-- attendance, learning plans, feedback and notifications.
CREATE TABLE college_term (
    id                 uuid PRIMARY KEY,
    organisation_id    uuid         NOT NULL,
    name               varchar(100) NOT NULL,
    starts_on          date         NOT NULL,
    ends_on            date         NOT NULL CHECK (ends_on >= starts_on),
    enrolment_opens_at timestamptz  NOT NULL,
    UNIQUE (organisation_id, name)
);

CREATE TABLE college_course (
    id              uuid PRIMARY KEY,
    organisation_id uuid          NOT NULL,
    term_id         uuid          NOT NULL REFERENCES college_term (id),
    title           varchar(200)  NOT NULL,
    description     varchar(4000) NOT NULL,
    outcomes        varchar(4000) NOT NULL DEFAULT '',
    chime           text[]        NOT NULL DEFAULT '{}',
    topics          text[]        NOT NULL DEFAULT '{}',
    level           varchar(12)   NOT NULL CHECK (level IN ('INTRODUCTORY', 'INTERMEDIATE', 'PROGRESSIVE')),
    location        varchar(300),
    online_link     varchar(500),
    accessibility   varchar(2000) NOT NULL DEFAULT '',
    capacity        int           NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    enrolled        int           NOT NULL DEFAULT 0,
    status          varchar(10)   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    co_designed_by  varchar(1000) NOT NULL DEFAULT '',
    completion_numerator   int    NOT NULL DEFAULT 2,
    completion_denominator int    NOT NULL DEFAULT 3 CHECK (completion_denominator > 0),
    version         bigint        NOT NULL DEFAULT 0,
    -- The database itself refuses overbooking: the counter moves only under the course's row lock.
    CHECK (enrolled >= 0 AND enrolled <= capacity),
    CHECK (completion_numerator BETWEEN 1 AND completion_denominator)
);
CREATE INDEX college_course_term_idx ON college_course (term_id, status);

CREATE TABLE college_facilitator (
    course_id uuid        NOT NULL REFERENCES college_course (id) ON DELETE CASCADE,
    staff_id  uuid        NOT NULL,
    kind      varchar(12) NOT NULL CHECK (kind IN ('PEER', 'PRACTITIONER')),
    confirmed boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (course_id, staff_id)
);

CREATE TABLE college_session (
    id        uuid PRIMARY KEY,
    course_id uuid        NOT NULL REFERENCES college_course (id) ON DELETE CASCADE,
    starts_at timestamptz NOT NULL,
    ends_at   timestamptz NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX college_session_course_idx ON college_session (course_id, starts_at);

CREATE TABLE college_student (
    id                uuid PRIMARY KEY,
    organisation_id   uuid          NOT NULL,
    account_id        uuid UNIQUE,
    person_id         uuid UNIQUE,
    given_name        varchar(100)  NOT NULL,
    family_name       varchar(100)  NOT NULL,
    email             varchar(254),
    phone             varchar(40),
    contact_by        varchar(6)    NOT NULL CHECK (contact_by IN ('EMAIL', 'PHONE', 'POST', 'NONE')),
    access_needs      varchar(2000) NOT NULL DEFAULT '',
    uses_services     boolean       NOT NULL DEFAULT false,
    supports_someone  boolean       NOT NULL DEFAULT false,
    works_in_services boolean       NOT NULL DEFAULT false,
    learning_goals    varchar(4000) NOT NULL DEFAULT '',
    tutor_staff_id    uuid,
    created_at        timestamptz   NOT NULL DEFAULT now()
);

CREATE SEQUENCE college_enrolment_seq;
CREATE TABLE college_enrolment (
    id           uuid PRIMARY KEY,
    course_id    uuid        NOT NULL REFERENCES college_course (id),
    student_id   uuid        NOT NULL REFERENCES college_student (id),
    status       varchar(10) NOT NULL CHECK (status IN ('ENROLLED', 'WAITLISTED', 'WITHDRAWN')),
    seq          bigint      NOT NULL DEFAULT nextval('college_enrolment_seq'),
    requested_at timestamptz NOT NULL,
    enrolled_at  timestamptz,
    withdrawn_at timestamptz
);
-- One live place or waitlist entry per student and course: enrolling twice is refused here too.
CREATE UNIQUE INDEX college_enrolment_live_uq ON college_enrolment (course_id, student_id) WHERE status <> 'WITHDRAWN';
CREATE INDEX college_enrolment_waitlist_idx ON college_enrolment (course_id, seq) WHERE status = 'WAITLISTED';
CREATE INDEX college_enrolment_student_idx ON college_enrolment (student_id);

CREATE TABLE college_attendance (
    session_id   uuid        NOT NULL REFERENCES college_session (id) ON DELETE CASCADE,
    enrolment_id uuid        NOT NULL REFERENCES college_enrolment (id),
    mark         varchar(9)  NOT NULL CHECK (mark IN ('PRESENT', 'ABSENT', 'APOLOGIES')),
    marked_by    varchar(64) NOT NULL,
    marked_at    timestamptz NOT NULL,
    PRIMARY KEY (session_id, enrolment_id)
);

CREATE TABLE college_plan_note (
    id         uuid PRIMARY KEY,
    student_id uuid          NOT NULL REFERENCES college_student (id),
    note       varchar(4000) NOT NULL,
    written_by varchar(64)   NOT NULL,
    written_at timestamptz   NOT NULL
);

CREATE TABLE college_feedback (
    enrolment_id uuid PRIMARY KEY REFERENCES college_enrolment (id),
    enjoyed      int NOT NULL CHECK (enjoyed BETWEEN 1 AND 5),
    useful       int NOT NULL CHECK (useful BETWEEN 1 AND 5),
    respected    int NOT NULL CHECK (respected BETWEEN 1 AND 5),
    recommend    boolean NOT NULL,
    better       varchar(2000) NOT NULL DEFAULT '',
    given_at     timestamptz NOT NULL
);

-- Notifications are written in the transaction that causes them, then sent (or logged) by a job.
CREATE TABLE college_notification (
    id         uuid PRIMARY KEY,
    student_id uuid          NOT NULL REFERENCES college_student (id),
    kind       varchar(20)   NOT NULL,
    subject    varchar(200)  NOT NULL,
    body       varchar(2000) NOT NULL,
    created_at timestamptz   NOT NULL,
    outcome    varchar(16)
);
CREATE INDEX college_notification_pending_idx ON college_notification (created_at) WHERE outcome IS NULL;
CREATE INDEX college_notification_student_idx ON college_notification (student_id, created_at DESC);
