INSERT INTO lesson_progress (learner_id, lesson_uuid, started_ms, completed_ms, updated_ms)
VALUES (?1, ?2, ?3, ?3, ?3)
ON CONFLICT (learner_id, lesson_uuid)
DO UPDATE SET completed_ms = coalesce(completed_ms, excluded.completed_ms), updated_ms = excluded.updated_ms
