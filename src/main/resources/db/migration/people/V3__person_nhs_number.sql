-- A person's NHS number (optional), with how far it can be trusted: only a verified number may link a
-- sign-in or another system's message to the person. Unique within an organisation.
ALTER TABLE person
    ADD COLUMN nhs_number        char(10),
    ADD COLUMN nhs_number_status varchar(20),
    ADD CONSTRAINT person_nhs_number_digits CHECK (nhs_number ~ '^[0-9]{10}$'),
    ADD CONSTRAINT person_nhs_number_status CHECK (nhs_number_status IN ('UNVERIFIED', 'CHECKED_BY_WORKER', 'FROM_RECORD_SYSTEM')),
    ADD CONSTRAINT person_nhs_number_has_status CHECK ((nhs_number IS NULL) = (nhs_number_status IS NULL));

CREATE UNIQUE INDEX person_org_nhs_number_uq ON person (organisation_id, nhs_number) WHERE nhs_number IS NOT NULL;
