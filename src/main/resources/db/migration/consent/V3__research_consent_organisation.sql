-- Research consent rows carry the person's organisation, so an extract of one organisation's
-- consenting people needs no other module's table. Filled once from the people module's table
-- (people migrate before consent); from now on the consent module writes it itself.
ALTER TABLE research_consent ADD COLUMN organisation_id uuid;
UPDATE research_consent r SET organisation_id = p.organisation_id FROM person p WHERE p.id = r.person_id;
ALTER TABLE research_consent ALTER COLUMN organisation_id SET NOT NULL;
CREATE INDEX research_consent_by_organisation ON research_consent (organisation_id) WHERE consented;
