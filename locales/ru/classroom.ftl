## Режим устройства, вход в классе, гости в библиотеке

mode-choose-legend = Выбери один вариант
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
teacher-col-lesson = Урок
teacher-col-time = Время

record-lessons = Пройдено уроков: { $done } из { $total } ({ $minutes } мин)
record-none = Пока не пройдено ни одного урока.
record-col-completed = Дата завершения
record-col-topics = Темы
record-topics-title = Пройденные темы

card-prompt = Мои картинки для Klar, в таком порядке:

reflect-share = Поделиться с учителем
reflect-shared = Твой учитель может прочитать это размышление.

data-title = Мои данные
data-hint = Сохрани всё, что Klar хранит о тебе (прогресс, ответы, размышления), в виде файлов JSON и CSV в папке, которую ты выберешь.
data-export = Экспортировать мои данные
data-exported = Сохранено файлов: { $count } – { $files }
file-saved = Сохранено как { $file }.

## Защита входа: блокировка после неверных попыток; удаление ученика в классе

error-locked-minutes = Слишком много неверных попыток. Пожалуйста, подожди { $count ->
    [one] { $count } минуту
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минут
} и попробуй снова.
settings-delete-ask-teacher = В классе удалить ученика может только учитель. Пожалуйста, обратись к своему учителю.
