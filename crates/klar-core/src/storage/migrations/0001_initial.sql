-- Learners, where they are in each lesson, their quiz answers and private reflections.
-- Progress points at lesson/step/question uuids, never at titles or paths.

CREATE TABLE learners (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL UNIQUE,
    display_name    TEXT    NOT NULL CHECK (length(display_name) BETWEEN 1 AND 60),
    avatar          TEXT    NOT NULL,
    is_guest        INTEGER NOT NULL DEFAULT 0 CHECK (is_guest IN (0, 1)),
    created_ms      INTEGER NOT NULL,
    last_active_ms  INTEGER NOT NULL
);

CREATE TABLE lesson_progress (
    learner_id          INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    lesson_uuid         TEXT    NOT NULL,
    current_step_uuid   TEXT,
    started_ms          INTEGER NOT NULL,
    completed_ms        INTEGER,
    updated_ms          INTEGER NOT NULL,
    PRIMARY KEY (learner_id, lesson_uuid)
) WITHOUT ROWID;

CREATE TABLE quiz_answers (
    learner_id      INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    lesson_uuid     TEXT    NOT NULL,
    question_uuid   TEXT    NOT NULL,
    first_choice    TEXT    NOT NULL, -- JSON array of option ids
    first_correct   INTEGER NOT NULL CHECK (first_correct IN (0, 1)),
    last_choice     TEXT    NOT NULL,
    last_correct    INTEGER NOT NULL CHECK (last_correct IN (0, 1)),
    attempts        INTEGER NOT NULL CHECK (attempts >= 1),
    first_ms        INTEGER NOT NULL,
    last_ms         INTEGER NOT NULL,
    PRIMARY KEY (learner_id, question_uuid)
) WITHOUT ROWID;

CREATE INDEX quiz_answers_by_lesson ON quiz_answers (learner_id, lesson_uuid);

CREATE TABLE reflections (
    learner_id      INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    lesson_uuid     TEXT    NOT NULL,
    step_uuid       TEXT    NOT NULL,
    body            TEXT    NOT NULL CHECK (length(body) <= 20000),
    created_ms      INTEGER NOT NULL,
    updated_ms      INTEGER NOT NULL,
    PRIMARY KEY (learner_id, step_uuid)
) WITHOUT ROWID;

-- Device-wide choices: language, text size, contrast, motion, the last learner.
CREATE TABLE settings (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
) WITHOUT ROWID;
