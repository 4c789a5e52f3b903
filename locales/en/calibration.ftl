## "How sure are you?" before a scored answer is checked, and at the end of a lesson how sure the
## learner was against how they did (their first answers only).

calibration-ask = How sure are you?
calibration-ask-hint = Choose one, then check your answer.
calibration-sure = I'm sure
calibration-think = I think so
calibration-guess = I'm guessing
calibration-you-said = You said: { $confidence }
calibration-title = How sure were you?
calibration-table = Your first answers in this lesson: how sure you were, and whether you were right
calibration-right = Right
calibration-wrong = Wrong
calibration-empty = Answer the questions and say how sure you are. Here you will see how well your feeling matched.
calibration-sure-wrong = You were sure and wrong { $count ->
    [one] once
    [2] twice
   *[other] { $count } times
} — just like the model in lesson { $lesson }.
calibration-sure-wrong-plain = You were sure and wrong { $count ->
    [one] once
    [2] twice
   *[other] { $count } times
}. Feeling sure does not make an answer right.
calibration-sure-wrong-here = You were sure and wrong { $count ->
    [one] once
    [2] twice
   *[other] { $count } times
} — just like the model in this lesson.
calibration-guesses-right = { $count ->
    [one] You guessed once and were right
    [2] You guessed twice and were right both times
   *[other] You guessed { $count } times and were right every time
} — you know more than you think.
calibration-sure-right = { $count ->
    [one] You were sure once, and you were right.
   *[other] When you were sure, you were right every time ({ $count } times).
}
calibration-all-guesses = { $count ->
    [one] You guessed your only answer, and it was { $right ->
        [0] wrong
       *[other] right
    }. Reading the lesson again can make you surer.
   *[other] You guessed all { $count } answers and got { $right } right. Reading the lesson again can make you surer.
}
calibration-think-result = { $total ->
    [one] You said "I think so" once, and you were { $right ->
        [0] wrong
       *[other] right
    }.
   *[other] You said "I think so" { $total } times and were right { $right } of those times.
}
