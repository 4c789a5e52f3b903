INSERT INTO lesson_progress (learner_id, lesson_uuid, started_ms, updated_ms) VALUES (?1, ?2, ?3, ?3)
ON CONFLICT (learner_id, lesson_uuid) DO UPDATE SET updated_ms = excluded.updated_ms
