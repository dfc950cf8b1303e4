-- Spring Modulith's JDBC event publication registry (2.0, "v2" structure, PostgreSQL), owned here in
-- Flyway rather than created by Modulith at start-up. A listener declared with
-- @ApplicationModuleListener gets one row per event, written in the publishing transaction; it is
-- deleted once the listener has run after the commit, and re-run on restart if it never finished.
CREATE TABLE event_publication
(
  id                     uuid NOT NULL PRIMARY KEY,
  listener_id            text NOT NULL,
  event_type             text NOT NULL,
  serialized_event       text NOT NULL,
  publication_date       timestamptz NOT NULL,
  completion_date        timestamptz,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
CREATE INDEX event_publication_unfinished_idx ON event_publication (status) WHERE completion_date IS NULL;
