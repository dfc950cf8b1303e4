-- What a signed-in session was started from, for "your signed-in devices". The handle names a session on
-- the page (a session's own id never leaves the server); rows whose session has ended are cleared away.
CREATE TABLE session_device (
    handle         uuid PRIMARY KEY,
    session_id     char(36)     NOT NULL UNIQUE,
    account_id     uuid         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    signed_in_at   timestamptz  NOT NULL,
    client_address varchar(64),
    user_agent     varchar(300)
);
CREATE INDEX session_device_account_idx ON session_device (account_id);
