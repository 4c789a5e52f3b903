## Sessions: the idle rule for classroom learners and guests

error-session-expired = Этот сеанс завершён после { $count ->
    [one] { $count } минуты
   *[other] { $count } минут
} бездействия, чтобы следующий человек за этим компьютером не мог его продолжить. Войди снова.
idle-ended-learner = Твой сеанс завершён после { $count ->
    [one] { $count } минуты
   *[other] { $count } минут
} бездействия. Твоя работа сохранена: выбери своё имя, чтобы продолжить.
idle-warning-learner = Ты ещё здесь? Через { $count ->
    [one] { $count } секунду
    [few] { $count } секунды
   *[other] { $count } секунд
} твой сеанс завершится. Твоя работа сохранена.
