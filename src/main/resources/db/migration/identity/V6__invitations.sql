-- Invitations to make a Tandem account, sent by a worker to a person (by e-mail). Only a hash of the
-- link's token is kept. A link is used once and lasts 7 days; the inviter can revoke it, and a new
-- invitation for the same person replaces the one before (replaced_by names the new one).
CREATE TABLE invitation (
    id              uuid PRIMARY KEY,
    token_hash      varchar(64)  NOT NULL UNIQUE,
    person_id       uuid         NOT NULL,
    organisation_id uuid         NOT NULL,
    email           varchar(254) NOT NULL,
    invited_by      uuid         NOT NULL,
    invited_by_name varchar(200) NOT NULL,
    sent_at         timestamptz  NOT NULL,
    expires_at      timestamptz  NOT NULL,
    opened_at       timestamptz,
    used_at         timestamptz,
    account_id      uuid REFERENCES account (id),
    revoked_at      timestamptz,
    revoked_by_name varchar(200),
    replaced_by     uuid REFERENCES invitation (id)
);
CREATE INDEX invitation_person_idx ON invitation (person_id, sent_at);
