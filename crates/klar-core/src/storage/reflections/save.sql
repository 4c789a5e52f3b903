INSERT INTO reflections (learner_id, lesson_uuid, step_uuid, body, created_ms, updated_ms)
VALUES (?1, ?2, ?3, ?4, ?5, ?5)
ON CONFLICT (learner_id, step_uuid) DO UPDATE SET body = excluded.body, updated_ms = excluded.updated_ms
