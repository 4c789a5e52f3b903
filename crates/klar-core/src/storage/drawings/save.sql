INSERT INTO lab_drawings (learner_id, set_key, data, updated_ms) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (learner_id, set_key) DO UPDATE SET data = excluded.data, updated_ms = excluded.updated_ms
