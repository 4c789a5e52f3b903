# Klar – тексти лише для екранів учителя й адміністратора: PIN адміністратора, режим учителя, сторінка
# учня в ньому, звіт класу та його CSV, імпорт файлів прогресу, сторінки для вчителів.
# Учні їх не бачать; тут звертаємося до вчителя на «ви». Усі тексти, які може побачити учень, – в інших файлах.

## PIN адміністратора: налаштування комп’ютера для класу чи бібліотеки, вхід у режим учителя

mode-pin-hint = Цей PIN має знати лише той, хто налаштовує цей комп’ютер. Він потрібен, щоб відкрити режим учителя і змінити режим.
admin-pin-enter-label = PIN адміністратора
admin-pin-new-label = PIN адміністратора (від 6 до 8 цифр)
teacher-pin-title = Режим учителя
teacher-pin-submit = Відкрити режим учителя
teacher-badge = Учитель
teacher-lock = Вийти з режиму учителя
teacher-pin-short = Ваш PIN адміністратора має менше ніж 6 цифр, тому його легко вгадати. Будь ласка, виберіть новий PIN із 6–8 цифр.
teacher-pin-change = Змінити PIN адміністратора
teacher-pin-changed = PIN адміністратора змінено.
teacher-admin-failed = { $count ->
    [one] Відколи режим учителя відкривали востаннє, неправильний PIN адміністратора ввели { $count } раз (востаннє: { $time }).
    [few] Відколи режим учителя відкривали востаннє, неправильний PIN адміністратора ввели { $count } рази (востаннє: { $time }).
    [many] Відколи режим учителя відкривали востаннє, неправильний PIN адміністратора ввели { $count } разів (востаннє: { $time }).
   *[other] Відколи режим учителя відкривали востаннє, неправильний PIN адміністратора ввели { $count } разів (востаннє: { $time }).
}

## Режим учителя: клас

teacher-title = Ваш клас
teacher-export-csv = Експортувати таблицю (CSV)
teacher-export-class = Експортувати прогрес класу
teacher-import = Імпортувати прогрес
teacher-imported = Прогрес імпортовано: нових учнів – { $added }, оновлено – { $updated }, об’єднано уроків – { $lessons }.
teacher-add-done = Готово
teacher-added-no-secret = Учня { $name } додано. Установіть зараз пароль з картинок або PIN – без нього вхід неможливий.
teacher-set-sign-in-now = Установити вхід зараз
teacher-sign-in-toggle = Учні входять за допомогою пароля з картинок або PIN
teacher-sign-in-off-explain = Без входу будь-хто за цим комп’ютером може вибрати будь-яке ім’я й відкрити уроки та особисті роздуми цього однокласника.
teacher-sign-in-off-title = Вимкнути вхід?
teacher-sign-in-off-confirm = Вимкнути вхід
teacher-sign-in-keep = Залишити вхід увімкненим
teacher-sign-in-off-warning = Вхід вимкнено. Будь-хто за цим комп’ютером може відкрити уроки та особисті роздуми будь-якого однокласника.
teacher-report-title = Прогрес
teacher-print-grid = Надрукувати огляд
teacher-grid-hint = Одна клітинка на кожного учня й кожен урок. Виберіть клітинку, щоб побачити відповіді, або ім’я, щоб відкрити сторінку учня. Експорт CSV містить також час, витрачений на кожен урок.
teacher-grid-legend = Що показують клітинки
teacher-grid-score-hint = { $correct }/{ $total } = { $correct } з { $total } запитань правильно з першої спроби
teacher-grid-cell-label = { $name }, урок { $number }: { $state }, { $score }
teacher-grid-cell-label-no-score = { $name }, урок { $number }: { $state }
teacher-no-learners = Учнів ще немає. Додайте учнів свого класу кнопкою «Новий учень».
teacher-difficult-title = Складні запитання
teacher-difficult-none = Ще жодне запитання не отримало неправильної відповіді з першої спроби.
teacher-difficult-count = Неправильно з першої спроби: { $wrong } з { $answered ->
    [one] { $answered } учня
   *[other] { $answered } учнів
}
# label form: the number stands after a colon, so no plural agreement is needed
teacher-difficult-common = Найчастіше обрана неправильна відповідь (учнів: { $count }):
teacher-attempts-title = Вхід
teacher-attempts-missing = { $count ->
    [one] { $count } учень ще не має пароля з картинок чи PIN і не може увійти.
    [few] { $count } учні ще не мають пароля з картинок чи PIN і не можуть увійти.
    [many] { $count } учнів ще не мають пароля з картинок чи PIN і не можуть увійти.
   *[other] { $count } учнів ще не мають пароля з картинок чи PIN і не можуть увійти.
} Виберіть ім’я, щоб його встановити.
teacher-col-learner = Учень
teacher-col-sign-in = Вхід
teacher-col-failed = Неправильні спроби
teacher-col-last-failed = Остання неправильна спроба
teacher-col-locked = Заблоковано
teacher-sign-in-none = Ще немає
teacher-sign-in-pictures = Пароль з картинок
teacher-sign-in-pin = PIN
teacher-locked-minutes = { $count } хв
teacher-attempts-hint = Неправильні спроби враховуються з моменту останнього успішного входу учня. Кілька неправильних спроб можуть означати, що хтось намагався увійти під іменем цього учня.
teacher-idle-label = Виводити учнів із системи після стількох хвилин без активності
teacher-idle-hint = Від 1 до 240 хвилин. Тоді наступна людина за цим комп’ютером не побачить відкритою роботу попереднього учня.
teacher-idle-save = Зберегти
teacher-idle-saved = Час збережено.

## Режим учителя: сторінка одного учня (приватні роздуми не потрапляють в експорт учителя)

teacher-back-class = Назад до класу
teacher-learner-summary = Пройдено уроків: { $done } з { $total } · Витрачено часу: { $minutes } хв
teacher-record = Підтвердження пройдених уроків
teacher-export-learner = Експортувати прогрес
teacher-export-learner-data = Експортувати дані (JSON і CSV, лише роздуми, якими поділилися)
teacher-delete = Видалити учня
teacher-secret-title = Вхід
teacher-secret-none = Ще немає пароля з картинок або PIN.
teacher-secret-pictures = Входить за паролем з картинок.
teacher-secret-pin = Входить за PIN-кодом.
teacher-secret-off-hint = Вхід за паролем з картинок або PIN для класу вимкнено; учні лише вибирають своє ім’я.
teacher-secret-none-required = { $name } не зможе увійти, доки ви не встановите пароль з картинок або PIN.
teacher-learner-failed = Неправильні спроби після останнього успішного входу: { $count }
teacher-learner-last-failed = Остання неправильна спроба: { $time }
teacher-learner-locked = Заблоковано: наступна спроба можлива через { $count } хв.
teacher-set-pictures = Задати пароль з картинок
teacher-set-pin = Задати PIN
teacher-clear-secret = Прибрати вхід
teacher-pictures-help = Виберіть три картинки по порядку для: { $name }. Потім їх можна надрукувати як картку.
teacher-pin-label = PIN (від 4 до 8 цифр)
teacher-secret-save = Зберегти
teacher-secret-saved = Вхід збережено.
teacher-lessons-title = Уроки
teacher-col-state = Статус
teacher-col-score = Бали
teacher-shared-title = Роздуми, якими поділилися
teacher-shared-none = Цей учень ще не поділився жодним роздумом. Роздуми залишаються приватними, доки учень сам ними не поділиться.
teacher-detail-started = Розпочато
teacher-detail-completed = Завершено
teacher-detail-answers = Відповіді
teacher-detail-no-answers = У цьому уроці ще немає відповідей на запитання.
teacher-detail-first-right = Правильно з першої спроби
teacher-detail-first-wrong = Неправильно з першої спроби
# label form: the number stands after a colon, so no plural agreement is needed
teacher-detail-tries = Спроб: { $count }
teacher-detail-later-right = згодом правильно
teacher-detail-first-choice = Перша відповідь:
teacher-detail-learner-page = Відкрити сторінку учня
teacher-detail-close = Закрити

## Картка з паролем з картинок на екрані вчителя (рядок на самій картці, card-prompt, – у classroom.ftl)

card-title = Картка з паролем з картинок
card-once = Надрукуйте цю картку зараз: пароль з картинок зберігається так, що ніхто не може його прочитати, тому пізніше картку не можна буде показати знову.

## Звіт класу та його експорт у CSV (формується в Rust)

report-col-learner = Учень / учениця
report-col-state = { $name }: статус
report-col-score = { $name }: бали
report-col-time = { $name }: час
report-score = { $correct } з { $total }
report-minutes = { $minutes } хв

## Імпорт файлу прогресу в режимі вчителя: попередній перегляд перед змінами і помилки імпорту

import-preview-title = Імпортувати цей файл прогресу?
import-preview-intro = Поки що нічого не змінено. Перегляньте, що зробить цей файл, і виберіть «Імпортувати» або «Скасувати».
import-preview-source = Експортовано { $date } з комп’ютера «{ $device }».
import-preview-source-unnamed = Експортовано { $date }.
import-preview-kind-class = Увесь клас
import-preview-kind-learner = Прогрес одного учня
import-preview-kind-learner-data = Усі дані одного учня
import-preview-counts = Нових учнів: { $added }. Оновлено: { $updated }. Без змін: { $unchanged }.
import-preview-nothing-new = У цьому файлі немає нічого нового для цього комп’ютера.
import-preview-new = Новий
import-preview-updated = Оновлено
import-preview-name-in-file = Ім’я у файлі: { $name }
import-preview-look-alike = Тут уже є хтось із таким самим ім’ям. Перевірте, чи це справді інша людина.
import-preview-look-alikes = Імен, схожих на чужі: { $count }. Будь ласка, перевірте їх перед імпортом.
import-preview-completed = Буде позначено як пройдені:
import-preview-other-lessons = Уроків, яких немає на цьому комп’ютері: { $count }
import-preview-details = Уроки: { $lessons } · відповіді: { $answers } · роздуми: { $reflections }
import-preview-confirm = Імпортувати
import-preview-cancel = Скасувати
error-import-expired = Цей імпорт більше не чекає (його вже підтверджено, скасовано або він був відкритий задовго). Будь ласка, виберіть файл ще раз.
error-import-not-klar = Це не файл прогресу Klar. Нічого не змінено.
error-import-newer = Цей файл створено новішою версією Klar. Будь ласка, оновіть Klar на цьому комп’ютері; нічого не змінено.
error-import-corrupt = Цей файл прогресу пошкоджено, тому його не імпортовано. Нічого не змінено. ({ $detail })
error-import-too-large = Цей файл завеликий для файлу прогресу Klar (понад { $count } МБ). Нічого не змінено.

## Сторінка уроку для вчителів

teachers-title = Для вчителів

## Наскільки впевненим був клас («Наскільки впевнено ти відповідаєш?» при перших відповідях)
teacher-calibration-title = Наскільки впевненим був клас
teacher-calibration-explain = Перед перевіркою першої відповіді кожен учень каже, наскільки він упевнений. Для кожного питання: скільки відповіли правильно (✓) і неправильно (✗) на кожному рівні. Про «впевнено, але неправильно» варто поговорити.
teacher-calibration-none = Ще ніхто не сказав, наскільки він упевнений.
teacher-calibration-question = Питання
teacher-calibration-place = Урок { $lesson }, питання { $question }
