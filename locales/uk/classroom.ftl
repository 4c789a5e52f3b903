## Режим пристрою, вхід у класі, гості в бібліотеці, режим учителя

mode-choose-legend = Обери один варіант
mode-pin-hint = Цей PIN має знати лише той, хто налаштовує цей комп'ютер. Він потрібен, щоб відкрити режим учителя і змінити режим.
mode-continue = Далі
settings-mode = Режим пристрою
settings-mode-change = Змінити режим пристрою
settings-mode-hint = Після зміни режиму того, хто зараз навчається, буде виведено з облікового запису.
settings-mode-save = Змінити режим

classroom-title = Хто ти?
classroom-pick-name = Вибери своє ім'я.
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
library-guest-note = На цьому комп'ютері ти навчаєшся як гість. Нічого з того, що ти робиш, не зберігається: усе видаляється, коли ти виходиш, після 10 хвилин бездіяльності та коли Klar закривається.
library-guest-banner = Ти гість. Усе, що ти тут робиш, видаляється, коли ти виходиш або після 10 хвилин бездіяльності.
idle-title = Ти ще тут?
idle-ended = Гостьовий сеанс завершився після 10 хвилин бездіяльності. Усе в ньому видалено.

teacher-button = Учитель
teacher-pin-title = Режим учителя
teacher-pin-submit = Відкрити режим учителя
teacher-badge = Учитель
teacher-lock = Вийти з режиму учителя
teacher-title = Ваш клас
teacher-export-csv = Експортувати таблицю (CSV)
teacher-export-class = Експортувати прогрес класу
teacher-import = Імпортувати прогрес
teacher-add-done = Готово
teacher-sign-in-toggle = Учні входять за допомогою пароля з картинок або PIN
teacher-report-title = Прогрес
teacher-report-hint = Експорт CSV містить саме цю таблицю. Виберіть ім'я, щоб побачити сторінку учня.
teacher-no-learners = Учнів ще немає. Додайте учнів свого класу кнопкою «Новий учень».
teacher-difficult-title = Складні запитання
teacher-difficult-none = Ще жодне запитання не отримало неправильної відповіді з першої спроби.
teacher-difficult-count = Неправильно з першої спроби: { $wrong } з { $answered } учнів
teacher-imported = Прогрес імпортовано: нових учнів — { $added }, оновлено — { $updated }, об'єднано уроків — { $lessons }.
teacher-back-class = Назад до класу
teacher-learner-summary = Пройдено уроків: { $done } з { $total } · Витрачено часу: { $minutes } хв
teacher-record = Підтвердження пройдених уроків
teacher-export-learner = Експортувати прогрес
teacher-export-data = Експортувати всі дані (JSON і CSV)
teacher-delete = Видалити учня
teacher-secret-title = Вхід
teacher-secret-none = Ще немає пароля з картинок або PIN.
teacher-secret-pictures = Входить за допомогою пароля з картинок.
teacher-secret-pin = Входить за допомогою PIN.
teacher-secret-off-hint = Вхід за паролем з картинок або PIN для класу вимкнено; учні лише вибирають своє ім'я.
teacher-set-pictures = Задати пароль з картинок
teacher-set-pin = Задати PIN
teacher-clear-secret = Прибрати вхід
teacher-pictures-help = Виберіть три картинки по порядку для: { $name }. Потім їх можна надрукувати як картку.
teacher-pin-label = PIN (від 4 до 8 цифр)
teacher-secret-save = Зберегти
teacher-secret-saved = Вхід збережено.
teacher-lessons-title = Уроки
teacher-col-lesson = Урок
teacher-col-state = Стан
teacher-col-score = Бали
teacher-col-time = Час
teacher-shared-title = Поширені роздуми
teacher-shared-none = Цей учень не поширив жодного роздуму. Роздуми залишаються приватними, якщо учень сам їх не поширить.

record-lessons = Пройдено уроків: { $done } з { $total } ({ $minutes } хв)
record-none = Ще не пройдено жодного уроку.
record-col-completed = Дата завершення
record-col-topics = Теми
record-topics-title = Охоплені теми

card-title = Картка з паролем з картинок
card-once = Надрукуйте цю картку зараз: пароль з картинок зберігається так, що ніхто не може його прочитати, тому пізніше картку не можна буде показати знову.
card-prompt = Мої картинки для Klar, у такому порядку:

reflect-share = Поділитися з учителем
reflect-shared = Твій учитель може прочитати цей роздум.

data-title = Мої дані
data-hint = Збережи все, що Klar зберігає про тебе (прогрес, відповіді, роздуми), як файли JSON і CSV у теці, яку ти вибереш.
data-export = Експортувати мої дані
data-exported = Збережено файлів: { $count } — { $files }
file-saved = Збережено як { $file }.

## Sign-in protection: escalating locks, the admin PIN's length, failed attempts, idle sign-out

error-locked-minutes = Забагато неправильних спроб. Будь ласка, зачекай { $count ->
    [one] { $count } хвилину
    [few] { $count } хвилини
   *[other] { $count } хвилин
} і спробуй ще раз.
admin-pin-enter-label = PIN адміністратора
admin-pin-new-label = PIN адміністратора (від 6 до 8 цифр)
teacher-sign-in-off-explain = Без входу будь-хто за цим комп'ютером може вибрати будь-яке ім'я й відкрити уроки та особисті роздуми цього однокласника.
teacher-sign-in-off-title = Вимкнути вхід?
teacher-sign-in-off-confirm = Вимкнути вхід
teacher-sign-in-keep = Залишити вхід увімкненим
teacher-sign-in-off-warning = Вхід вимкнено. Будь-хто за цим комп'ютером може відкрити уроки та особисті роздуми будь-якого однокласника.
teacher-attempts-title = Вхід
teacher-attempts-missing = { $count ->
    [one] { $count } учень ще не має пароля з картинок чи PIN і не може увійти.
    [few] { $count } учні ще не мають пароля з картинок чи PIN і не можуть увійти.
   *[other] { $count } учнів ще не мають пароля з картинок чи PIN і не можуть увійти.
} Виберіть ім'я, щоб його встановити.
teacher-col-learner = Учень
teacher-col-sign-in = Вхід
teacher-col-failed = Неправильні спроби
teacher-col-last-failed = Остання неправильна спроба
teacher-col-locked = Заблоковано
teacher-sign-in-none = Ще немає
teacher-sign-in-pictures = Пароль з картинок
teacher-sign-in-pin = PIN
teacher-locked-minutes = { $count } хв
teacher-attempts-hint = Неправильні спроби рахуються від останнього успішного входу учня. Кілька неправильних спроб можуть означати, що хтось намагався увійти під іменем цього учня.
teacher-admin-failed = { $count ->
    [one] Відколи режим учителя відкривали востаннє, неправильний PIN адміністратора ввели { $count } раз (востаннє: { $time }).
    [few] Відколи режим учителя відкривали востаннє, неправильний PIN адміністратора ввели { $count } рази (востаннє: { $time }).
   *[other] Відколи режим учителя відкривали востаннє, неправильний PIN адміністратора ввели { $count } разів (востаннє: { $time }).
}
teacher-pin-short = Ваш PIN адміністратора має менше ніж 6 цифр, тому його легко вгадати. Будь ласка, виберіть новий PIN із 6–8 цифр.
teacher-pin-change = Змінити PIN адміністратора
teacher-pin-changed = PIN адміністратора змінено.
teacher-idle-label = Виводити учнів із системи після стількох хвилин без активності
teacher-idle-hint = Від 1 до 240 хвилин. Тоді наступна людина за цим комп'ютером не побачить відкритою роботу попереднього учня.
teacher-idle-save = Зберегти
teacher-idle-saved = Час збережено.
teacher-added-no-secret = Учня { $name } додано. Установіть зараз пароль з картинок або PIN, щоб { $name } міг(ла) увійти.
teacher-set-sign-in-now = Установити вхід зараз
teacher-learner-failed = Неправильні спроби після останнього успішного входу: { $count }
teacher-learner-last-failed = Остання неправильна спроба: { $time }
teacher-learner-locked = Заблоковано: наступна спроба можлива через { $count } хв.
teacher-secret-none-required = { $name } не зможе увійти, доки ви не встановите пароль з картинок або PIN.
settings-delete-ask-teacher = У класі видалити учня може лише вчитель. Будь ласка, звернися до свого вчителя.
