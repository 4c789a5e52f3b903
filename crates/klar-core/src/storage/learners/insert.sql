INSERT INTO learners (uuid, display_name, avatar, is_guest, created_ms, last_active_ms)
VALUES (?1, ?2, ?3, ?4, ?5, ?6)
