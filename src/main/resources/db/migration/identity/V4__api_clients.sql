-- Other systems that call the API with tokens (OAuth 2.0 client credentials). The secret is kept only as a
-- hash (the app's password encoder); credentials_version goes up when the secret is rotated or the client is
-- disabled, and a token carries the version it was issued under, so older tokens stop working at once.
CREATE TABLE api_client (
    id                  uuid PRIMARY KEY,
    client_id           varchar(64)  NOT NULL UNIQUE,
    name                varchar(100) NOT NULL,
    secret_hash         varchar(200) NOT NULL,
    organisation_id     uuid         NOT NULL,
    scopes              text[]       NOT NULL,
    allowed_addresses   text[]       NOT NULL DEFAULT '{}',
    enabled             boolean      NOT NULL DEFAULT true,
    credentials_version integer      NOT NULL DEFAULT 1,
    created_at          timestamptz  NOT NULL,
    created_by          varchar(64)  NOT NULL,
    secret_rotated_at   timestamptz,
    secret_rotated_by   varchar(64),
    changed_at          timestamptz,
    changed_by          varchar(64)
);
CREATE UNIQUE INDEX api_client_name_uq ON api_client (organisation_id, lower(name));

-- The key that signs Tandem's access tokens: made once by the first node to start, then shared by every node
-- and kept across restarts. Only one key is active at a time.
CREATE TABLE token_signing_key (
    kid         varchar(64) PRIMARY KEY,
    private_key text        NOT NULL,
    public_key  text        NOT NULL,
    active      boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX token_signing_key_active_uq ON token_signing_key (active) WHERE active;
