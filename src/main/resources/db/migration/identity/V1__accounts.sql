CREATE TABLE account (
    id              uuid PRIMARY KEY,
    username        varchar(64)  NOT NULL,
    password_hash   varchar(200) NOT NULL,
    enabled         boolean      NOT NULL DEFAULT true,
    organisation_id uuid,
    person_id       uuid,
    staff_id        uuid,
    totp_secret     varchar(64),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX account_username_uq ON account (lower(username));
CREATE INDEX account_person_idx ON account (person_id);
CREATE INDEX account_staff_idx ON account (staff_id);

CREATE TABLE account_role (
    account_id uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       varchar(40) NOT NULL,
    PRIMARY KEY (account_id, role)
);

-- Failed logins per (lower-cased) username, whether or not such an account exists.
CREATE TABLE login_failure (
    username  varchar(200) NOT NULL,
    failed_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_idx ON login_failure (username, failed_at);

-- Spring Session's JDBC schema (sessions shared by every app node).
CREATE TABLE spring_session (
    primary_id            char(36) NOT NULL,
    session_id            char(36) NOT NULL,
    creation_time         bigint   NOT NULL,
    last_access_time      bigint   NOT NULL,
    max_inactive_interval int      NOT NULL,
    expiry_time           bigint   NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
