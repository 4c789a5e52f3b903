-- What a learner expected and saw in each demo step: the predict answer (an option id of the
-- step) and the values the demo recorded of their run (JSON: name -> {kind, value}), for the
-- debrief. One row per learner and step; deleted with the learner (and with every guest).

CREATE TABLE demo_records (
    learner_id   INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    lesson_uuid  TEXT    NOT NULL,
    step_uuid    TEXT    NOT NULL,
    predicted    TEXT    CHECK (predicted IS NULL OR length(predicted) BETWEEN 1 AND 40),
    record       TEXT    CHECK (record IS NULL OR length(record) <= 4000),
    updated_ms   INTEGER NOT NULL,
    PRIMARY KEY (learner_id, step_uuid)
) WITHOUT ROWID;
