UPDATE admin_pin SET failed_attempts = ?1, locked_until_ms = ?2, last_failed_ms = ?3, updated_ms = ?3
WHERE id = 1
