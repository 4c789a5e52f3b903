# Klar – тексты только для экранов учителя и администратора: PIN администратора, режим учителя, страница
# ученика в нём, отчёт по классу и его CSV, импорт файлов прогресса, страницы для учителей.
# Ученики их не видят; к учителю обращаемся на «вы». Все тексты, которые может увидеть ученик, – в других файлах.

## PIN администратора: настройка компьютера для класса или библиотеки, вход в режим учителя

mode-pin-hint = Этот PIN должен знать только тот, кто настраивает этот компьютер. Он нужен, чтобы открыть режим учителя и сменить режим.
admin-pin-enter-label = PIN администратора
admin-pin-new-label = PIN администратора (от 6 до 8 цифр)
teacher-pin-title = Режим учителя
teacher-pin-submit = Открыть режим учителя
teacher-badge = Учитель
teacher-lock = Выйти из режима учителя
teacher-pin-short = В вашем PIN администратора меньше 6 цифр, поэтому его легко угадать. Пожалуйста, выберите новый PIN из 6–8 цифр.
teacher-pin-change = Изменить PIN администратора
teacher-pin-changed = PIN администратора изменён.
teacher-admin-failed = { $count ->
    [one] С тех пор как режим учителя открывали в последний раз, неверный PIN администратора ввели { $count } раз (последний раз: { $time }).
    [few] С тех пор как режим учителя открывали в последний раз, неверный PIN администратора ввели { $count } раза (последний раз: { $time }).
    [many] С тех пор как режим учителя открывали в последний раз, неверный PIN администратора ввели { $count } раз (последний раз: { $time }).
   *[other] С тех пор как режим учителя открывали в последний раз, неверный PIN администратора ввели { $count } раз (последний раз: { $time }).
}

## Режим учителя: класс

teacher-title = Ваш класс
teacher-export-csv = Экспортировать таблицу (CSV)
teacher-export-class = Экспортировать прогресс класса
teacher-import = Импортировать прогресс
teacher-imported = Прогресс импортирован: новых учеников – { $added }, обновлено – { $updated }, объединено уроков – { $lessons }.
teacher-add-done = Готово
teacher-added-no-secret = Ученик { $name } добавлен. Задайте сейчас пароль из картинок или PIN – без него войти нельзя.
teacher-set-sign-in-now = Задать вход сейчас
teacher-sign-in-toggle = Ученики входят по паролю из картинок или PIN-коду
teacher-sign-in-off-explain = Без входа любой за этим компьютером может выбрать любое имя и открыть уроки и личные размышления этого одноклассника.
teacher-sign-in-off-title = Выключить вход?
teacher-sign-in-off-confirm = Выключить вход
teacher-sign-in-keep = Оставить вход включённым
teacher-sign-in-off-warning = Вход выключен. Любой за этим компьютером может открыть уроки и личные размышления любого одноклассника.
teacher-report-title = Прогресс
teacher-print-grid = Распечатать обзор
teacher-grid-hint = Одна клетка на каждого ученика и каждый урок. Выберите клетку, чтобы увидеть ответы, или имя, чтобы открыть страницу ученика. Экспорт CSV содержит также время, затраченное на каждый урок.
teacher-grid-legend = Что показывают клетки
teacher-grid-score-hint = { $correct }/{ $total } = { $correct } из { $total } вопросов правильно с первой попытки
teacher-grid-cell-label = { $name }, урок { $number }: { $state }, { $score }
teacher-grid-cell-label-no-score = { $name }, урок { $number }: { $state }
teacher-no-learners = Учеников пока нет. Добавьте учеников своего класса кнопкой «Новый ученик».
teacher-difficult-title = Трудные вопросы
teacher-difficult-none = Пока ни на один вопрос не ответили неправильно с первой попытки.
teacher-difficult-count = Неправильно с первой попытки: { $wrong } из { $answered ->
    [one] { $answered } ученика
   *[other] { $answered } учеников
}
# label form: the number stands after a colon, so no plural agreement is needed
teacher-difficult-common = Чаще всего выбранный неправильный ответ (учеников: { $count }):
teacher-attempts-title = Вход
teacher-attempts-missing = { $count ->
    [one] { $count } ученик ещё не имеет пароля из картинок или PIN и не может войти.
    [few] { $count } ученика ещё не имеют пароля из картинок или PIN и не могут войти.
    [many] { $count } учеников ещё не имеют пароля из картинок или PIN и не могут войти.
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
teacher-idle-label = Выводить учеников из системы после стольких минут без активности
teacher-idle-hint = От 1 до 240 минут. Тогда следующий человек за этим компьютером не увидит открытой работу предыдущего ученика.
teacher-idle-save = Сохранить
teacher-idle-saved = Время сохранено.

## Режим учителя: страница одного ученика (личные размышления не попадают в экспорт учителя)

teacher-back-class = Назад к классу
teacher-learner-summary = Пройдено уроков: { $done } из { $total } · Затрачено времени: { $minutes } мин
teacher-record = Подтверждение пройденных уроков
teacher-export-learner = Экспортировать прогресс
teacher-export-learner-data = Экспортировать данные (JSON и CSV, только открытые размышления)
teacher-delete = Удалить ученика
teacher-secret-title = Вход
teacher-secret-none = Пароля из картинок или PIN пока нет.
teacher-secret-pictures = Входит по паролю из картинок.
teacher-secret-pin = Входит по PIN-коду.
teacher-secret-off-hint = Вход с паролем из картинок или PIN для класса выключен; ученики только выбирают своё имя.
teacher-secret-none-required = { $name } не сможет войти, пока вы не зададите пароль из картинок или PIN.
teacher-learner-failed = Неверные попытки после последнего успешного входа: { $count }
teacher-learner-last-failed = Последняя неверная попытка: { $time }
teacher-learner-locked = Заблокирован: следующая попытка возможна через { $count } мин.
teacher-set-pictures = Задать пароль из картинок
teacher-set-pin = Задать PIN
teacher-clear-secret = Убрать вход
teacher-pictures-help = Выберите три картинки по порядку для: { $name }. Потом их можно распечатать как карточку.
teacher-pin-label = PIN (от 4 до 8 цифр)
teacher-secret-save = Сохранить
teacher-secret-saved = Вход сохранён.
teacher-lessons-title = Уроки
teacher-col-state = Статус
teacher-col-score = Баллы
teacher-shared-title = Размышления, которыми поделились
teacher-shared-none = Этот ученик не поделился ни одним размышлением. Размышления остаются личными, пока ученик сам ими не поделится.
teacher-detail-started = Начат
teacher-detail-completed = Завершён
teacher-detail-answers = Ответы
teacher-detail-no-answers = В этом уроке пока нет ответов на вопросы.
teacher-detail-first-right = Правильно с первой попытки
teacher-detail-first-wrong = Неправильно с первой попытки
# label form: the number stands after a colon, so no plural agreement is needed
teacher-detail-tries = Попыток: { $count }
teacher-detail-later-right = позже правильно
teacher-detail-first-choice = Первый ответ:
teacher-detail-learner-page = Открыть страницу ученика
teacher-detail-close = Закрыть

## Карточка с паролем из картинок на экране учителя (строка на самой карточке, card-prompt, – в classroom.ftl)

card-title = Карточка с паролем из картинок
card-once = Распечатайте эту карточку сейчас: пароль из картинок хранится так, что никто не может его прочитать, поэтому позже карточку показать нельзя.

## Отчёт по классу и его экспорт в CSV (формируется в Rust)

report-col-learner = Учащийся
report-col-state = { $name }: статус
report-col-score = { $name }: баллы
report-col-time = { $name }: время
report-score = { $correct } из { $total }
report-minutes = { $minutes } мин

## Импорт файла прогресса в режиме учителя: предварительный просмотр до изменений и ошибки импорта

import-preview-title = Импортировать этот файл прогресса?
import-preview-intro = Пока ничего не изменено. Посмотрите, что сделает этот файл, и выберите «Импортировать» или «Отмена».
import-preview-source = Экспортировано { $date } с компьютера «{ $device }».
import-preview-source-unnamed = Экспортировано { $date }.
import-preview-kind-class = Целый класс
import-preview-kind-learner = Прогресс одного ученика
import-preview-kind-learner-data = Все данные одного ученика
import-preview-counts = Новых учеников: { $added }. Обновлено: { $updated }. Без изменений: { $unchanged }.
import-preview-nothing-new = В этом файле нет ничего нового для этого компьютера.
import-preview-new = Новый
import-preview-updated = Обновлено
import-preview-name-in-file = Имя в файле: { $name }
import-preview-look-alike = Здесь уже есть кто-то с таким же именем. Проверьте, что это действительно другой человек.
import-preview-look-alikes = Имён, похожих на чужие: { $count }. Пожалуйста, проверьте их перед импортом.
import-preview-completed = Будет отмечено как пройденное:
import-preview-other-lessons = Уроков, которых нет на этом компьютере: { $count }
import-preview-details = Уроки: { $lessons } · ответы: { $answers } · размышления: { $reflections }
import-preview-confirm = Импортировать
import-preview-cancel = Отмена
error-import-expired = Этот импорт больше не ожидает (он уже подтверждён, отменён или был открыт слишком долго). Пожалуйста, выберите файл ещё раз.
error-import-not-klar = Это не файл прогресса Klar. Ничего не изменено.
error-import-newer = Этот файл создан более новой версией Klar. Пожалуйста, обновите Klar на этом компьютере; ничего не изменено.
error-import-corrupt = Этот файл прогресса повреждён, поэтому он не импортирован. Ничего не изменено. ({ $detail })
error-import-too-large = Этот файл слишком велик для файла прогресса Klar (больше { $count } МБ). Ничего не изменено.

## Страница урока для учителей

teachers-title = Для учителей

## Насколько уверен был класс («Насколько уверенно ты отвечаешь?» при первых ответах)
teacher-calibration-title = Насколько уверен был класс
teacher-calibration-explain = Перед проверкой первого ответа каждый ученик говорит, насколько он уверен. Для каждого вопроса: сколько ответили верно (✓) и неверно (✗) на каждом уровне. О случаях «уверен, но ошибся» стоит поговорить.
teacher-calibration-none = Пока никто не указал, насколько он уверен.
teacher-calibration-question = Вопрос
teacher-calibration-place = Урок { $lesson }, вопрос { $question }
