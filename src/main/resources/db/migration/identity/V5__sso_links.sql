-- Single sign-on (OpenID Connect): which provider account signs in as which Tandem account. A provider
-- names a person by (issuer, subject); Tandem keeps the roles. One provider account per Tandem account
-- and issuer. identity_proofing_level is what a people's provider (NHS login style) said it checked.
CREATE TABLE sso_link (
    id                      uuid PRIMARY KEY,
    account_id              uuid         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    registration            varchar(20)  NOT NULL CHECK (registration IN ('staff', 'person')),
    issuer                  varchar(500) NOT NULL,
    subject                 varchar(255) NOT NULL,
    created_at              timestamptz  NOT NULL,
    last_used_at            timestamptz  NOT NULL,
    identity_proofing_level varchar(40),
    CONSTRAINT sso_link_subject_uq UNIQUE (issuer, subject),
    CONSTRAINT sso_link_account_uq UNIQUE (account_id, issuer)
);

-- One row: whether staff must sign in with single sign-on (local staff passwords then refused).
CREATE TABLE sso_setting (
    id                boolean PRIMARY KEY DEFAULT true CHECK (id),
    require_for_staff boolean     NOT NULL DEFAULT false,
    changed_at        timestamptz,
    changed_by        uuid
);
INSERT INTO sso_setting (id, require_for_staff) VALUES (true, false);
