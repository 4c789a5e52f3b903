-- A row merged from another PC.
INSERT INTO reflections (learner_id, lesson_uuid, step_uuid, body, created_ms, updated_ms, shared)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (learner_id, step_uuid) DO UPDATE SET lesson_uuid = excluded.lesson_uuid, body = excluded.body,
    created_ms = excluded.created_ms, updated_ms = excluded.updated_ms, shared = excluded.shared
