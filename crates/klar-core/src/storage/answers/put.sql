-- A row merged from another PC.
INSERT INTO quiz_answers (learner_id, lesson_uuid, question_uuid, first_choice, first_correct, first_ms,
                          last_choice, last_correct, last_ms, attempts, first_confidence)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
ON CONFLICT (learner_id, question_uuid) DO UPDATE SET lesson_uuid = excluded.lesson_uuid,
    first_choice = excluded.first_choice, first_correct = excluded.first_correct, first_ms = excluded.first_ms,
    last_choice = excluded.last_choice, last_correct = excluded.last_correct, last_ms = excluded.last_ms,
    attempts = excluded.attempts, first_confidence = excluded.first_confidence
