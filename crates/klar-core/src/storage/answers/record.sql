INSERT INTO quiz_answers (learner_id, lesson_uuid, question_uuid, first_choice, first_correct,
                          last_choice, last_correct, attempts, first_ms, last_ms, first_confidence)
VALUES (?1, ?2, ?3, ?4, ?5, ?4, ?5, 1, ?6, ?6, ?7)
-- A later try keeps the first answer and what the learner said about it (first_*).
ON CONFLICT (learner_id, question_uuid) DO UPDATE SET
    last_choice = excluded.last_choice, last_correct = excluded.last_correct,
    attempts = attempts + 1, last_ms = excluded.last_ms
