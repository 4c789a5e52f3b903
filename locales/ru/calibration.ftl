## «Насколько уверенно ты отвечаешь?» перед проверкой ответа, который засчитывается, и в конце
## урока: уверенность против результата (только первые ответы).

calibration-ask = Насколько уверенно ты отвечаешь?
calibration-ask-hint = Выбери один вариант, а потом проверь ответ.
calibration-sure = Точно знаю
calibration-think = Думаю, да
calibration-guess = Угадываю
calibration-you-said = Твой выбор: { $confidence }
calibration-title = Твоя уверенность и твои ответы
calibration-table = Твои первые ответы в этом уроке: уверенность и результат
calibration-right = Верно
calibration-wrong = Неверно
calibration-empty = Отвечай на вопросы и отмечай, насколько уверенно отвечаешь. Здесь ты увидишь, не подвело ли тебя чутьё.
calibration-sure-wrong = { $count ->
    [one] { $count } раз
    [few] { $count } раза
    [many] { $count } раз
   *[other] { $count } раза
} твоё «Точно знаю» не подтвердилось — совсем как у модели в уроке { $lesson }.
calibration-sure-wrong-plain = { $count ->
    [one] { $count } раз
    [few] { $count } раза
    [many] { $count } раз
   *[other] { $count } раза
} твоё «Точно знаю» не подтвердилось. Уверенность ещё не делает ответ верным.
calibration-sure-wrong-here = { $count ->
    [one] { $count } раз
    [few] { $count } раза
    [many] { $count } раз
   *[other] { $count } раза
} твоё «Точно знаю» не подтвердилось — совсем как у модели в этом уроке.
calibration-guesses-right = Твоё «Угадываю» оказалось верным { $count ->
    [one] { $count } раз
    [few] { $count } раза
    [many] { $count } раз
   *[other] { $count } раза
} из { $count } — ты знаешь больше, чем думаешь.
calibration-sure-right = { $count ->
    [one] Твоё «Точно знаю» подтвердилось.
    [few] Твоё «Точно знаю» подтверждалось каждый раз: { $count } раза из { $count }.
    [many] Твоё «Точно знаю» подтверждалось каждый раз: { $count } раз из { $count }.
   *[other] Твоё «Точно знаю» подтверждалось каждый раз: { $count } раза из { $count }.
}
calibration-all-guesses = { $count ->
    [one] Твой единственный ответ был наугад, и он { $right ->
        [0] неверный
       *[other] верный
    }.
    [few] Все { $count } ответа были наугад, верных: { $right }.
    [many] Все { $count } ответов были наугад, верных: { $right }.
   *[other] Все { $count } ответа были наугад, верных: { $right }.
} Перечитай урок — и в следующий раз будешь отвечать увереннее.
calibration-think-result = «Думаю, да» — { $total ->
    [one] { $total } раз
    [few] { $total } раза
    [many] { $total } раз
   *[other] { $total } раза
}, из них верно: { $right }.
