-- Drawings a learner chose to keep for the classifier demo, one set per demo preset.
-- Kept only on request; deleted with the learner (and with every guest).

CREATE TABLE lab_drawings (
    learner_id  INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    set_key     TEXT    NOT NULL CHECK (length(set_key) BETWEEN 1 AND 80),
    data        TEXT    NOT NULL CHECK (length(data) <= 2000000),
    updated_ms  INTEGER NOT NULL,
    PRIMARY KEY (learner_id, set_key)
) WITHOUT ROWID;
