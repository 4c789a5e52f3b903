-- A row merged from another PC.
INSERT INTO demo_records (learner_id, lesson_uuid, step_uuid, predicted, record, updated_ms)
VALUES (?1, ?2, ?3, ?4, ?5, ?6)
ON CONFLICT (learner_id, step_uuid) DO UPDATE SET lesson_uuid = excluded.lesson_uuid, predicted = excluded.predicted,
    record = excluded.record, updated_ms = excluded.updated_ms
