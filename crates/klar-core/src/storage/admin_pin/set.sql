-- A new admin PIN starts with a clean counter.
INSERT INTO admin_pin (id, pin_hash, failed_attempts, locked_until_ms, updated_ms, short_pin)
VALUES (1, ?1, 0, 0, ?2, ?3)
ON CONFLICT (id) DO UPDATE SET pin_hash = excluded.pin_hash, failed_attempts = 0,
    locked_until_ms = 0, updated_ms = excluded.updated_ms, short_pin = excluded.short_pin
