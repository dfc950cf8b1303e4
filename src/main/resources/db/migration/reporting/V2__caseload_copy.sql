-- Reporting's own copy of the caseload memberships the dashboards select people by (the people
-- module owns the caseloads). Kept by a synchronous listener on people's CaseloadChanged, in the
-- transaction that changes the membership, so a dashboard right after a change is exact; filled
-- once per organisation from PeopleApi.caseloadsOfOrganisation (reporting_caseload_copied says
-- which organisations are filled).
CREATE TABLE reporting_caseload (
    membership_id   uuid PRIMARY KEY,
    person_id       uuid NOT NULL,
    team_id         uuid NOT NULL,
    organisation_id uuid NOT NULL,
    from_date       date NOT NULL,
    to_date         date
);
CREATE INDEX reporting_caseload_team_idx ON reporting_caseload (team_id, person_id);
CREATE INDEX reporting_caseload_person_idx ON reporting_caseload (person_id);

CREATE TABLE reporting_caseload_copied (
    organisation_id uuid PRIMARY KEY,
    copied_at       timestamptz NOT NULL
);
