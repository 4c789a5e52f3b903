## «Наскільки впевнено ти відповідаєш?» перед перевіркою відповіді, що зараховується, і наприкінці
## уроку: впевненість проти результату (лише перші відповіді).

calibration-ask = Наскільки впевнено ти відповідаєш?
calibration-ask-hint = Обери один варіант, а потім перевір відповідь.
calibration-sure = Точно знаю
calibration-think = Думаю, так
calibration-guess = Вгадую
calibration-you-said = Твій вибір: { $confidence }
calibration-title = Твоя впевненість і твої відповіді
calibration-table = Твої перші відповіді в цьому уроці: впевненість і результат
calibration-right = Правильно
calibration-wrong = Неправильно
calibration-empty = Відповідай на запитання й позначай, наскільки впевнено відповідаєш. Тут побачиш, чи не підвело тебе чуття.
calibration-sure-wrong = { $count ->
    [one] { $count } раз
    [few] { $count } рази
    [many] { $count } разів
   *[other] { $count } разу
} твоє «Точно знаю» не справдилося — так само, як у моделі в уроці { $lesson }.
calibration-sure-wrong-plain = { $count ->
    [one] { $count } раз
    [few] { $count } рази
    [many] { $count } разів
   *[other] { $count } разу
} твоє «Точно знаю» не справдилося. Упевненість ще не робить відповідь правильною.
calibration-sure-wrong-here = { $count ->
    [one] { $count } раз
    [few] { $count } рази
    [many] { $count } разів
   *[other] { $count } разу
} твоє «Точно знаю» не справдилося — так само, як у моделі в цьому уроці.
calibration-guesses-right = Твоє «Вгадую» справдилося { $count ->
    [one] { $count } раз
    [few] { $count } рази
    [many] { $count } разів
   *[other] { $count } разу
} з { $count } — ти знаєш більше, ніж думаєш.
calibration-sure-right = { $count ->
    [one] Твоє «Точно знаю» справдилося.
    [few] Твоє «Точно знаю» справдилося щоразу: { $count } рази з { $count }.
    [many] Твоє «Точно знаю» справдилося щоразу: { $count } разів з { $count }.
   *[other] Твоє «Точно знаю» справдилося щоразу: { $count } разу з { $count }.
}
calibration-all-guesses = { $count ->
    [one] Твоя єдина відповідь була навздогад, і вона { $right ->
        [0] неправильна
       *[other] правильна
    }.
    [few] Усі { $count } відповіді були навздогад, правильних: { $right }.
    [many] Усі { $count } відповідей були навздогад, правильних: { $right }.
   *[other] Усі { $count } відповіді були навздогад, правильних: { $right }.
} Перечитай урок — і наступного разу відповідатимеш упевненіше.
calibration-think-result = «Думаю, так» — { $total ->
    [one] { $total } раз
    [few] { $total } рази
    [many] { $total } разів
   *[other] { $total } разу
}, з них правильно: { $right }.
