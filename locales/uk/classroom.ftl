## Режим пристрою, вхід у класі, гості в бібліотеці

mode-choose-legend = Обери один варіант
mode-continue = Далі
settings-mode = Режим пристрою
settings-mode-change = Змінити режим пристрою
settings-mode-hint = Після зміни режиму того, хто зараз навчається, буде виведено з облікового запису.
settings-mode-save = Змінити режим

classroom-title = Хто ти?
classroom-pick-name = Вибери своє ім’я.
classroom-empty = У списку класу ще нікого немає. Учнів додає твій учитель.
classroom-hello = Привіт, { $name }!
classroom-pictures-prompt = Натисни свої три картинки в правильному порядку.
classroom-pin-prompt = Твій PIN
classroom-sign-in = Увійти
pictures-chosen = Вибрані картинки
pictures-empty-slot = Ще не вибрано
pictures-clear = Почати знову

library-title = Ласкаво просимо!
library-start = Почати як гість
library-guest-note = На цьому комп’ютері ти навчаєшся як гість. Нічого з того, що ти робиш, не зберігається: усе видаляється, коли ти виходиш, після 10 хвилин бездіяльності та коли Klar закривається.
library-guest-banner = Ти гість. Усе, що ти тут робиш, видаляється, коли ти виходиш або після 10 хвилин бездіяльності.
idle-title = Ти ще тут?
idle-ended = Гостьовий сеанс завершився після 10 хвилин бездіяльності. Усе в ньому видалено.

teacher-button = Учитель
teacher-col-lesson = Урок
teacher-col-time = Час

record-lessons = Пройдено уроків: { $done } з { $total } ({ $minutes } хв)
record-none = Ще не пройдено жодного уроку.
record-col-completed = Дата завершення
record-col-topics = Теми
record-topics-title = Охоплені теми

card-prompt = Мої картинки для Klar, у такому порядку:

reflect-share = Поділитися з учителем
reflect-shared = Твій учитель може прочитати цей роздум.

data-title = Мої дані
data-hint = Збережи все, що Klar зберігає про тебе (прогрес, відповіді, роздуми), як файли JSON і CSV у теці, яку ти вибереш.
data-export = Експортувати мої дані
data-exported = Збережено файлів: { $count } – { $files }
file-saved = Збережено як { $file }.

## Захист входу: блокування після неправильних спроб; видалення учня в класі

error-locked-minutes = Забагато неправильних спроб. Будь ласка, зачекай { $count ->
    [one] { $count } хвилину
    [few] { $count } хвилини
    [many] { $count } хвилин
   *[other] { $count } хвилин
} і спробуй ще раз.
settings-delete-ask-teacher = У класі видалити учня може лише вчитель. Будь ласка, звернися до свого вчителя.
