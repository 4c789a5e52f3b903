-- Per question across named learners (guests excluded): how many first answers were given with
-- each confidence, and how many of those were right. Answers without a confidence are left out.
SELECT a.question_uuid, a.first_confidence, count(*), sum(a.first_correct)
FROM quiz_answers a JOIN learners l ON l.id = a.learner_id
WHERE l.is_guest = 0 AND a.first_confidence IS NOT NULL
GROUP BY a.question_uuid, a.first_confidence
