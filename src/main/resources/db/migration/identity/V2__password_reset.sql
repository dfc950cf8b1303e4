-- Password reset links: only a hash of the token is kept; a link is used once and lasts an hour.
CREATE TABLE password_reset (
    token_hash   varchar(64) PRIMARY KEY,
    account_id   uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    requested_at timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz
);
CREATE INDEX password_reset_account_idx ON password_reset (account_id, requested_at);
