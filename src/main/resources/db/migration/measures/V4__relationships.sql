-- STAR-P (the person about a worker) and STAR-C (the worker about the person) name the same relationship.
ALTER TABLE measure_response ADD COLUMN relationship_staff uuid;
CREATE INDEX measure_response_relationship_idx ON measure_response (person_id, relationship_staff) WHERE relationship_staff IS NOT NULL;
