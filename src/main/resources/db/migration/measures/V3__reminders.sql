-- One reminder per assignment and due date, whichever node sends it.
CREATE TABLE measure_reminder (
    assignment_id uuid        NOT NULL REFERENCES measure_assignment (id),
    due_on        date        NOT NULL,
    outcome       varchar(30) NOT NULL,
    decided_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (assignment_id, due_on)
);
