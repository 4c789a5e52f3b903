INSERT INTO lesson_progress (learner_id, lesson_uuid, started_ms, updated_ms, seconds_spent, last_activity_ms)
VALUES (?1, ?2, ?3, ?3, ?4, ?5)
ON CONFLICT (learner_id, lesson_uuid) DO UPDATE SET
    seconds_spent = seconds_spent + excluded.seconds_spent,
    last_activity_ms = excluded.last_activity_ms,
    updated_ms = max(updated_ms, excluded.updated_ms)
