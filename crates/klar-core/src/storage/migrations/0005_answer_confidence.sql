-- "How sure are you?": what the learner said before their first answer to a scored question was
-- checked ('sure', 'think' or 'guess'). NULL for warm-ups and for answers given before this question
-- was asked; a later try never changes it.
ALTER TABLE quiz_answers ADD COLUMN first_confidence TEXT CHECK (first_confidence IN ('sure', 'think', 'guess'));
