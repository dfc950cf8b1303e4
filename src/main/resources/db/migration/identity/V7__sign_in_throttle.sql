-- Failed sign-ins for the throttle (decision 0021), whether or not an account has the name. name_key is the
-- normalised name (Usernames.key); device_nonce is the nonce of the valid device cookie the attempt came
-- with, or null when it came from a client without one (an untrusted client). An attempt's row is written
-- before its password is checked, so parallel attempts see each other, and removed again when the password
-- was right or the attempt had to wait. Rows older than a day are pruned.
CREATE TABLE sign_in_failure (
    id             bigserial    PRIMARY KEY,
    name_key       varchar(200) NOT NULL,
    client_address varchar(64)  NOT NULL,
    device_nonce   varchar(64),
    failed_at      timestamptz  NOT NULL
);
CREATE INDEX sign_in_failure_name_idx ON sign_in_failure (name_key, failed_at) WHERE device_nonce IS NULL;
CREATE INDEX sign_in_failure_address_idx ON sign_in_failure (client_address, failed_at) WHERE device_nonce IS NULL;
CREATE INDEX sign_in_failure_device_idx ON sign_in_failure (device_nonce, failed_at) WHERE device_nonce IS NOT NULL;
CREATE INDEX sign_in_failure_time_idx ON sign_in_failure (failed_at);

-- The key that signs device cookies: made once by whichever node needs it first, then the same on every
-- node and after every restart (unless tandem.security.device-cookie-key is set, which takes its place).
CREATE TABLE sign_in_key (
    id         smallint    PRIMARY KEY CHECK (id = 1),
    secret     bytea       NOT NULL,
    created_at timestamptz NOT NULL
);
