-- The person's choice about sharing their record with their care team.
CREATE TABLE sharing_choice (
    person_id  uuid PRIMARY KEY,
    withdrawn  boolean     NOT NULL DEFAULT false,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by varchar(64) NOT NULL
);

CREATE TABLE break_glass (
    id          uuid PRIMARY KEY,
    person_id   uuid          NOT NULL,
    organisation_id uuid      NOT NULL,
    staff_id    uuid          NOT NULL,
    username    varchar(64)   NOT NULL,
    reason      varchar(2000) NOT NULL,
    started_at  timestamptz   NOT NULL,
    expires_at  timestamptz   NOT NULL
);
CREATE INDEX break_glass_lookup_idx ON break_glass (staff_id, person_id, expires_at);
CREATE INDEX break_glass_person_idx ON break_glass (person_id, started_at);
CREATE INDEX break_glass_org_idx ON break_glass (organisation_id, started_at);
