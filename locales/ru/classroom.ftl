## Режим устройства, вход в классе, гости в библиотеке, режим учителя

mode-choose-legend = Выбери один вариант
mode-pin-hint = Этот PIN должен знать только тот, кто настраивает этот компьютер. Он нужен, чтобы открыть режим учителя и сменить режим.
mode-continue = Далее
settings-mode = Режим устройства
settings-mode-change = Сменить режим устройства
settings-mode-hint = При смене режима тот, кто сейчас учится, выходит из системы.
settings-mode-save = Сменить режим

classroom-title = Кто ты?
classroom-pick-name = Выбери своё имя.
classroom-empty = В списке класса пока никого нет. Учеников добавляет твой учитель.
classroom-hello = Привет, { $name }!
classroom-pictures-prompt = Нажми на свои три картинки в правильном порядке.
classroom-pin-prompt = Твой PIN
classroom-sign-in = Войти
pictures-chosen = Выбранные картинки
pictures-empty-slot = Ещё не выбрано
pictures-clear = Начать заново

library-title = Добро пожаловать!
library-start = Начать как гость
library-guest-note = На этом компьютере ты учишься как гость. Ничего из того, что ты делаешь, не сохраняется: всё удаляется, когда ты выходишь, после 10 минут бездействия и когда Klar закрывается.
library-guest-banner = Ты гость. Всё, что ты здесь делаешь, удаляется, когда ты выходишь или после 10 минут бездействия.
idle-title = Ты ещё здесь?
idle-ended = Гостевой сеанс завершён после 10 минут бездействия. Всё в нём удалено.

teacher-button = Учитель
teacher-pin-title = Режим учителя
teacher-pin-submit = Открыть режим учителя
teacher-badge = Учитель
teacher-lock = Выйти из режима учителя
teacher-title = Ваш класс
teacher-export-csv = Экспортировать таблицу (CSV)
teacher-export-class = Экспортировать прогресс класса
teacher-import = Импортировать прогресс
teacher-add-done = Готово
teacher-sign-in-toggle = Ученики входят с паролем из картинок или PIN
teacher-report-title = Прогресс
teacher-report-hint = Экспорт CSV содержит ровно эту таблицу. Выберите имя, чтобы открыть страницу ученика.
teacher-no-learners = Учеников пока нет. Добавьте учеников своего класса кнопкой «Новый ученик».
teacher-difficult-title = Трудные вопросы
teacher-difficult-none = Пока ни на один вопрос не ответили неправильно с первой попытки.
teacher-difficult-count = Неправильно с первой попытки: { $wrong } из { $answered } учеников
teacher-imported = Прогресс импортирован: новых учеников — { $added }, обновлено — { $updated }, объединено уроков — { $lessons }.
teacher-back-class = Назад к классу
teacher-learner-summary = Пройдено уроков: { $done } из { $total } · Затрачено времени: { $minutes } мин
teacher-record = Подтверждение пройденных уроков
teacher-export-learner = Экспортировать прогресс
teacher-export-data = Экспортировать все данные (JSON и CSV)
teacher-delete = Удалить ученика
teacher-secret-title = Вход
teacher-secret-none = Пароля из картинок или PIN пока нет.
teacher-secret-pictures = Входит с паролем из картинок.
teacher-secret-pin = Входит с PIN.
teacher-secret-off-hint = Вход с паролем из картинок или PIN для класса выключен; ученики только выбирают своё имя.
teacher-set-pictures = Задать пароль из картинок
teacher-set-pin = Задать PIN
teacher-clear-secret = Убрать вход
teacher-pictures-help = Выберите три картинки по порядку для: { $name }. Потом их можно распечатать как карточку.
teacher-pin-label = PIN (от 4 до 8 цифр)
teacher-secret-save = Сохранить
teacher-secret-saved = Вход сохранён.
teacher-lessons-title = Уроки
teacher-col-lesson = Урок
teacher-col-state = Состояние
teacher-col-score = Баллы
teacher-col-time = Время
teacher-shared-title = Открытые размышления
teacher-shared-none = Этот ученик не поделился ни одним размышлением. Размышления остаются личными, пока ученик сам ими не поделится.

record-lessons = Пройдено уроков: { $done } из { $total } ({ $minutes } мин)
record-none = Пока не пройдено ни одного урока.
record-col-completed = Дата завершения
record-col-topics = Темы
record-topics-title = Пройденные темы

card-title = Карточка с паролем из картинок
card-once = Распечатайте эту карточку сейчас: пароль из картинок хранится так, что никто не может его прочитать, поэтому позже карточку показать нельзя.
card-prompt = Мои картинки для Klar, в таком порядке:

reflect-share = Поделиться с учителем
reflect-shared = Твой учитель может прочитать это размышление.

data-title = Мои данные
data-hint = Сохрани всё, что Klar хранит о тебе (прогресс, ответы, размышления), в виде файлов JSON и CSV в папке, которую ты выберешь.
data-export = Экспортировать мои данные
data-exported = Сохранено файлов: { $count } — { $files }
file-saved = Сохранено как { $file }.

## Sign-in protection: escalating locks, the admin PIN's length, failed attempts, idle sign-out

error-locked-minutes = Слишком много неверных попыток. Пожалуйста, подожди { $count ->
    [one] { $count } минуту
    [few] { $count } минуты
   *[other] { $count } минут
} и попробуй снова.
admin-pin-enter-label = PIN администратора
admin-pin-new-label = PIN администратора (от 6 до 8 цифр)
teacher-sign-in-off-explain = Без входа любой за этим компьютером может выбрать любое имя и открыть уроки и личные размышления этого одноклассника.
teacher-sign-in-off-title = Выключить вход?
teacher-sign-in-off-confirm = Выключить вход
teacher-sign-in-keep = Оставить вход включённым
teacher-sign-in-off-warning = Вход выключен. Любой за этим компьютером может открыть уроки и личные размышления любого одноклассника.
teacher-attempts-title = Вход
teacher-attempts-missing = { $count ->
    [one] { $count } ученик ещё не имеет пароля из картинок или PIN и не может войти.
    [few] { $count } ученика ещё не имеют пароля из картинок или PIN и не могут войти.
   *[other] { $count } учеников ещё не имеют пароля из картинок или PIN и не могут войти.
} Выберите имя, чтобы его задать.
teacher-col-learner = Ученик
teacher-col-sign-in = Вход
teacher-col-failed = Неверные попытки
teacher-col-last-failed = Последняя неверная попытка
teacher-col-locked = Заблокирован
teacher-sign-in-none = Пока нет
teacher-sign-in-pictures = Пароль из картинок
teacher-sign-in-pin = PIN
teacher-locked-minutes = { $count } мин
teacher-attempts-hint = Неверные попытки считаются с последнего успешного входа ученика. Несколько неверных попыток могут означать, что кто-то пытался войти под именем этого ученика.
teacher-admin-failed = { $count ->
    [one] С тех пор как режим учителя открывали в последний раз, неверный PIN администратора ввели { $count } раз (последний раз: { $time }).
    [few] С тех пор как режим учителя открывали в последний раз, неверный PIN администратора ввели { $count } раза (последний раз: { $time }).
   *[other] С тех пор как режим учителя открывали в последний раз, неверный PIN администратора ввели { $count } раз (последний раз: { $time }).
}
teacher-pin-short = В вашем PIN администратора меньше 6 цифр, поэтому его легко угадать. Пожалуйста, выберите новый PIN из 6–8 цифр.
teacher-pin-change = Изменить PIN администратора
teacher-pin-changed = PIN администратора изменён.
teacher-idle-label = Выводить учеников из системы после стольких минут без активности
teacher-idle-hint = От 1 до 240 минут. Тогда следующий человек за этим компьютером не увидит открытой работу предыдущего ученика.
teacher-idle-save = Сохранить
teacher-idle-saved = Время сохранено.
teacher-added-no-secret = Ученик { $name } добавлен. Задайте сейчас пароль из картинок или PIN, чтобы { $name } мог(ла) войти.
teacher-set-sign-in-now = Задать вход сейчас
teacher-learner-failed = Неверные попытки после последнего успешного входа: { $count }
teacher-learner-last-failed = Последняя неверная попытка: { $time }
teacher-learner-locked = Заблокирован: следующая попытка возможна через { $count } мин.
teacher-secret-none-required = { $name } не сможет войти, пока вы не зададите пароль из картинок или PIN.
settings-delete-ask-teacher = В классе удалить ученика может только учитель. Пожалуйста, обратись к своему учителю.
