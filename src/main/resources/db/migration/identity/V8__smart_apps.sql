-- SMART apps (standalone launch): an app a person or a worker signs in to with the authorization-code grant and
-- PKCE. An app is a row of api_client of kind 'app', with the addresses it may send people back to; a public app
-- (one that cannot keep a secret, like a phone app) has no secret.
ALTER TABLE api_client ADD COLUMN kind varchar(10) NOT NULL DEFAULT 'system' CHECK (kind IN ('system', 'app'));
ALTER TABLE api_client ADD COLUMN redirect_uris text[] NOT NULL DEFAULT '{}';
ALTER TABLE api_client ADD COLUMN public_client boolean NOT NULL DEFAULT false;
ALTER TABLE api_client ALTER COLUMN secret_hash DROP NOT NULL;
ALTER TABLE api_client ADD CONSTRAINT api_client_secret_ck CHECK (public_client OR secret_hash IS NOT NULL);

-- What a person or worker let an app do: one row per authorization (the code, then its access and refresh tokens),
-- kept so that every node agrees and a restart loses nothing. The authorization itself is stored whole (Java
-- serialization, as the session store does); the columns beside it are for finding it. A token or code is found
-- by its SHA-256 hash, never by its value. Rows go when they expire, when the person stops the app, and when the
-- account's sessions end (signed out everywhere, disabled, roles changed).
CREATE TABLE app_authorization (
    id               varchar(100) PRIMARY KEY,
    client_id        uuid         NOT NULL REFERENCES api_client (id) ON DELETE CASCADE,
    principal_name   varchar(200) NOT NULL,
    state_hash       varchar(64),
    code_hash        varchar(64),
    access_hash      varchar(64),
    refresh_hash     varchar(64),
    id_token_hash    varchar(64),
    created_at       timestamptz  NOT NULL,
    expires_at       timestamptz  NOT NULL,
    value            bytea        NOT NULL
);
CREATE INDEX app_authorization_principal_ix ON app_authorization (lower(principal_name));
CREATE INDEX app_authorization_state_ix ON app_authorization (state_hash) WHERE state_hash IS NOT NULL;
CREATE INDEX app_authorization_code_ix ON app_authorization (code_hash) WHERE code_hash IS NOT NULL;
CREATE INDEX app_authorization_access_ix ON app_authorization (access_hash) WHERE access_hash IS NOT NULL;
CREATE INDEX app_authorization_refresh_ix ON app_authorization (refresh_hash) WHERE refresh_hash IS NOT NULL;
CREATE INDEX app_authorization_expires_ix ON app_authorization (expires_at);

-- The scopes a person or worker has agreed an app may have (Spring Authorization Server's consent table).
CREATE TABLE oauth2_authorization_consent (
    registered_client_id varchar(100)  NOT NULL,
    principal_name       varchar(200)  NOT NULL,
    authorities          varchar(1000) NOT NULL,
    PRIMARY KEY (registered_client_id, principal_name)
);
