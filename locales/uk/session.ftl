## Sessions: the idle rule for classroom learners and guests

error-session-expired = Цей сеанс завершено після { $count ->
    [one] { $count } хвилини
   *[other] { $count } хвилин
} бездіяльності, щоб наступна людина за цим комп’ютером не могла його продовжити. Увійди знову.
idle-ended-learner = Твій сеанс завершено після { $count ->
    [one] { $count } хвилини
   *[other] { $count } хвилин
} бездіяльності. Твою роботу збережено: вибери своє ім’я, щоб продовжити.
idle-warning-learner = Ти ще тут? Через { $count ->
    [one] { $count } секунду
    [few] { $count } секунди
   *[other] { $count } секунд
} тебе буде виведено з системи. Твою роботу збережено.
