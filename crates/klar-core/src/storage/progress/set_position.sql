INSERT INTO lesson_progress (learner_id, lesson_uuid, current_step_uuid, started_ms, updated_ms)
VALUES (?1, ?2, ?3, ?4, ?4)
ON CONFLICT (learner_id, lesson_uuid)
DO UPDATE SET current_step_uuid = excluded.current_step_uuid, updated_ms = excluded.updated_ms
