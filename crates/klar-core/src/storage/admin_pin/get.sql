SELECT pin_hash, failed_attempts, locked_until_ms, last_failed_ms, failed_before_unlock, short_pin
FROM admin_pin WHERE id = 1
