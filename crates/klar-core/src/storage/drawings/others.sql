-- What the learner keeps apart from the set being replaced: how many sets, how many bytes.
SELECT COUNT(*), COALESCE(SUM(LENGTH(CAST(data AS BLOB))), 0) FROM lab_drawings
WHERE learner_id = ?1 AND set_key <> ?2
