-- Per question across named learners (guests excluded): learners who answered, and those whose
-- first answer was wrong.
SELECT a.question_uuid, count(*), sum(1 - a.first_correct)
FROM quiz_answers a JOIN learners l ON l.id = a.learner_id
WHERE l.is_guest = 0 GROUP BY a.question_uuid
