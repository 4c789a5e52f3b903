-- Classroom and library modes: the admin PIN with its lockout, learners' sign-in secrets,
-- time spent per lesson, and reflections a learner chose to share with the teacher.
-- The device mode itself is a row in `settings` (key 'device_mode').

-- At most one row (id = 1). The lockout is stored, so restarting Klar does not reset it.
CREATE TABLE admin_pin (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    pin_hash            TEXT    NOT NULL, -- argon2 PHC string (salt inside)
    failed_attempts     INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until_ms     INTEGER NOT NULL DEFAULT 0,
    updated_ms          INTEGER NOT NULL
);

-- A learner's picture password (three picture ids) or PIN, hashed like the admin PIN.
CREATE TABLE learner_secrets (
    learner_id          INTEGER PRIMARY KEY REFERENCES learners (id) ON DELETE CASCADE,
    kind                TEXT    NOT NULL CHECK (kind IN ('pictures', 'pin')),
    secret_hash         TEXT    NOT NULL,
    failed_attempts     INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until_ms     INTEGER NOT NULL DEFAULT 0,
    updated_ms          INTEGER NOT NULL
);

-- Active time in a lesson, accumulated from interactions (gaps are capped, see storage/classroom.rs).
-- last_activity_ms is this PC's anchor for the next gap and never leaves the PC.
ALTER TABLE lesson_progress ADD COLUMN seconds_spent INTEGER NOT NULL DEFAULT 0 CHECK (seconds_spent >= 0);
ALTER TABLE lesson_progress ADD COLUMN last_activity_ms INTEGER;

-- Reflections are private; 1 means the learner chose to show this one to the teacher.
ALTER TABLE reflections ADD COLUMN shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1));

-- Reports read every answer of a question across the class.
CREATE INDEX quiz_answers_by_question ON quiz_answers (question_uuid);
