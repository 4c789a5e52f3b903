-- A new secret starts with a clean counter.
INSERT INTO learner_secrets (learner_id, kind, secret_hash, failed_attempts, locked_until_ms, updated_ms)
VALUES (?1, ?2, ?3, 0, 0, ?4)
ON CONFLICT (learner_id) DO UPDATE SET kind = excluded.kind, secret_hash = excluded.secret_hash,
    failed_attempts = 0, locked_until_ms = 0, updated_ms = excluded.updated_ms
