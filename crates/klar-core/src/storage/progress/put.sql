-- A row merged from another PC; last_activity_ms is this PC's own anchor and is left as it is.
INSERT INTO lesson_progress (learner_id, lesson_uuid, current_step_uuid, started_ms, completed_ms, updated_ms, seconds_spent)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (learner_id, lesson_uuid) DO UPDATE SET current_step_uuid = excluded.current_step_uuid,
    started_ms = excluded.started_ms, completed_ms = excluded.completed_ms,
    updated_ms = excluded.updated_ms, seconds_spent = excluded.seconds_spent
