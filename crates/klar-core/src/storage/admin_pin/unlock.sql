-- The wrong tries since the last unlock are kept for the teacher to see.
UPDATE admin_pin SET failed_before_unlock = failed_attempts, failed_attempts = 0, locked_until_ms = 0,
    short_pin = ?1, updated_ms = ?2
WHERE id = 1
