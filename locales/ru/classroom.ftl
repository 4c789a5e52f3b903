## Режим устройства, вход в классе, гости в библиотеке, режим учителя

mode-choose-legend = Выберите один вариант
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
library-guest-note = На этом компьютере вы учитесь как гость. Ничего из того, что вы делаете, не сохраняется: всё удаляется, когда вы выходите, после 10 минут бездействия и когда Klar закрывается.
library-guest-banner = Вы гость. Всё, что вы здесь делаете, удаляется, когда вы выходите или после 10 минут бездействия.
idle-title = Вы ещё здесь?
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
data-hint = Сохраните всё, что Klar хранит о вас (прогресс, ответы, размышления), в виде файлов JSON и CSV в выбранной вами папке.
data-export = Экспортировать мои данные
data-exported = Сохранено файлов: { $count } — { $files }
file-saved = Сохранено как { $file }.
