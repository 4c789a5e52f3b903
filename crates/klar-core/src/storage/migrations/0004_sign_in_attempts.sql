-- Escalating lockouts and what the teacher sees of failed sign-ins.
-- failed_attempts now counts the wrong tries since the last right one and no longer restarts at
-- each lock: the count is the lock's level (1, 5, 30, then 60 minutes; see classroom.rs).

-- When the last wrong try happened (NULL: none yet), shown to the teacher.
ALTER TABLE admin_pin ADD COLUMN last_failed_ms INTEGER;
ALTER TABLE learner_secrets ADD COLUMN last_failed_ms INTEGER;

-- Wrong admin PIN tries between the last two unlocks, for the teacher who just unlocked.
ALTER TABLE admin_pin ADD COLUMN failed_before_unlock INTEGER NOT NULL DEFAULT 0 CHECK (failed_before_unlock >= 0);

-- 1 once the admin PIN is known to have fewer than 6 digits (set before that rule): the teacher
-- view asks for a longer one. Only this flag is kept, never the PIN's length.
ALTER TABLE admin_pin ADD COLUMN short_pin INTEGER NOT NULL DEFAULT 0 CHECK (short_pin IN (0, 1));
