INSERT INTO demo_records (learner_id, lesson_uuid, step_uuid, predicted, updated_ms)
VALUES (?1, ?2, ?3, ?4, ?5)
ON CONFLICT (learner_id, step_uuid) DO UPDATE SET predicted = excluded.predicted, updated_ms = excluded.updated_ms
