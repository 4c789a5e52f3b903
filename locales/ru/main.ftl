# Klar – тексты интерфейса (русский)

app-title = Klar
app-tagline = Учись пользоваться ИИ – осознанно и безопасно.

## Первый запуск

language-choose-title = Выбери язык
language-choose-hint = Позже его можно поменять в настройках.
language-continue = Далее
welcome-title = Добро пожаловать в Klar
welcome-body = Klar объясняет, как работает ИИ, где он ошибается и как пользоваться им безопасно, – в коротких уроках с небольшими экспериментами прямо на этом компьютере.
welcome-offline = Всё остаётся на этом компьютере. Klar не пользуется интернетом, и ничего из того, что ты вводишь, не уходит с этого компьютера.
welcome-start = Начнём

## Ученики

learners-title = Кто сейчас учится?
learners-new = Новый ученик
learners-guest = Продолжить как гость
learners-guest-note = В гостевом режиме твоя работа сохраняется только до закрытия Klar.
learners-empty = Пока никто не начал. Создай профиль или продолжи как гость.
learner-create-title = Новый ученик
learner-name-label = Твоё имя (или ник)
learner-name-hint = Видно только на этом компьютере. Без e-mail и без даты рождения.
learner-avatar-label = Выбери картинку
learner-create = Создать
learner-cancel = Отмена
learner-switch = Сменить ученика
learner-guest-name = Гость
guest-banner = Ты в гостевом режиме. Твоя работа сохраняется только до закрытия Klar.

avatar-sun = Солнце
avatar-moon = Луна
avatar-star = Звезда
avatar-tree = Дерево
avatar-flower = Цветок
avatar-leaf = Листок
avatar-fish = Рыба
avatar-mountain = Гора
avatar-wave = Волна
avatar-heart = Сердце
avatar-bolt = Молния
avatar-cloud = Облако

## Карта курса

home-title = Твой курс
home-lesson-number = Урок { $number }
home-minutes = { $minutes } мин
lesson-state-not-started = Не начат
lesson-state-in-progress = В процессе
lesson-state-done = Пройден
lesson-score = Верно с первой попытки: { $correct } из { $total }
lesson-unavailable = Этот урок сейчас нельзя открыть.
lesson-unavailable-reason = Причина: { $reason }
lesson-open = Открыть
lesson-continue = Продолжить
lesson-review = Повторить

## Проигрыватель урока

player-back = Назад к курсу
player-step-of = Шаг { $current } из { $total }
player-previous = Назад
player-next = Далее
player-finish = Завершить урок
player-finished = Урок пройден. Отлично!
step-kind-summary = Коротко о главном
step-kind-takeaway = Полезная привычка
step-kind-sources = Источники
step-facts-checked = Факты проверены: { $month }
quiz-title = Вопрос
quiz-warmup-title = А ты как думаешь?
quiz-choose-one = Выбери один ответ.
quiz-choose-many = Выбери все подходящие ответы.
quiz-check = Проверить ответ
quiz-try-again = Попробовать ещё раз
quiz-correct = Верно!
quiz-incorrect = Не совсем. Прочитай пояснение и попробуй ещё раз.
quiz-warmup-thanks = Спасибо! Запомни свой ответ – он пригодится, когда будешь читать дальше.
quiz-first-try-kept = В результат засчитывается первый ответ, но попробовать ещё раз можно.
reflect-title = Твои мысли
reflect-private = Это личное: видишь только ты и только на этом компьютере.
reflect-placeholder = Напиши здесь свои мысли…
reflect-save = Сохранить
reflect-saving = Сохраняем…
reflect-saved = Сохранено в { $time }
reflect-unsaved = Ещё не сохранено
demo-title = Интерактивная демонстрация: { $demo }
demo-preset = Настройка: { $preset }
demo-task = Твоё задание

demo-name-next-token = Исследуем следующий токен
demo-name-tokenizer = Как текст делится на токены
demo-name-chat = Чат с маленькой моделью
demo-name-hallucination = Проверка на галлюцинации
demo-name-bias-probe = Проверка на предвзятость
demo-name-classifier = Обучи свой классификатор
demo-name-detector = Детектор ИИ-текста
demo-name-injection = Игра «Промпт-инъекция»
demo-name-privacy = Подсветка персональных данных
demo-name-energy = Счётчик энергии

glossary-title = Словарь
glossary-close = Закрыть

## Настройки

settings-title = Настройки
settings-language = Язык
settings-text-size = Размер текста
settings-text-size-small = Маленький
settings-text-size-medium = Средний
settings-text-size-large = Крупный
settings-text-size-xlarge = Очень крупный
settings-contrast = Высокий контраст
settings-motion = Меньше анимации
settings-data-file = Где хранятся твои данные
settings-data-file-hint = Один файл на этом компьютере. Никуда ничего не отправляется.
settings-guest-data = После закрытия Klar работа гостя не сохраняется на диске.
settings-delete-learner = Удалить этого ученика и все его данные
settings-delete-confirm-title = Удалить профиль «{ $name }»?
settings-delete-confirm-body = С этого компьютера будут удалены прогресс, ответы на вопросы и размышления профиля «{ $name }». Отменить это нельзя.
settings-delete-confirm = Да, удалить всё
settings-delete-cancel = Оставить
settings-deleted = Ученик и все его данные удалены.
settings-close = Закрыть

## Ошибки (их видят ученики)

error-title = Что-то пошло не так
error-not-found = Этот элемент больше не существует.
error-invalid-input = Не получилось: { $detail }
error-database-newer = Твои данные сохранены более новой версией Klar. Пожалуйста, обнови Klar; твои данные не изменились.
error-database-corrupt = Файл данных Klar повреждён. Прежние копии лежат рядом с ним, в папке резервных копий. Пожалуйста, попроси помощи, прежде чем что-то удалять.
error-database-busy = Файл данных Klar сейчас занят. Подожди немного и попробуй ещё раз.
error-disk-full = Диск заполнен, поэтому Klar не смог ничего сохранить. Освободи место; то, что уже сохранено, не потеряется.
error-read-only = Klar не может записывать в свою папку с данными. Проверь права доступа к этой папке.
error-io = Klar не смог прочитать или записать файл: { $detail }
error-lesson-unavailable = Этот урок сейчас нельзя открыть.
error-internal = Произошла непредвиденная ошибка. Твоя сохранённая работа в безопасности.
error-already-running = Klar уже открыт. Открытое окно выведено на передний план.
error-dismiss = ОК

## Добавлено для интерфейса

error-retry = Попробовать ещё раз

## Класс, библиотека, вход

mode-choose-title = Как будет использоваться этот компьютер?
mode-personal = Дома
mode-personal-hint = Один или несколько учащихся. Без входа.
mode-classroom = В классе
mode-classroom-hint = Список класса. Учащиеся выбирают своё имя; учитель видит прогресс.
mode-library = В публичной библиотеке
mode-library-hint = Только гостевые сеансы. Ничего из того, что делает гость, не сохраняется.
idle-warning = Ты ещё здесь? Этот сеанс закончится через { $count ->
    [one] { $count } секунду
    [few] { $count } секунды
   *[other] { $count } секунд
}, и всё в нём будет удалено.
idle-stay = Я ещё здесь

record-title = Подтверждение обучения ИИ-грамотности
record-statement = { $name }: пройдено { $count ->
    [one] { $count } урок
    [few] { $count } урока
    [many] { $count } уроков
   *[other] { $count } уроков
} курса Klar о понимании и использовании ИИ. Этот документ может служить подтверждением мероприятия по развитию ИИ-грамотности по смыслу статьи 4 Регламента ЕС об искусственном интеллекте (Регламент (ЕС) 2024/1689).

picture-apple = Яблоко
picture-ball = Мяч
picture-bird = Птица
picture-boat = Лодка
picture-car = Машина
picture-cat = Кошка
picture-dog = Собака
picture-house = Дом
picture-key = Ключ
picture-cup = Чашка
picture-umbrella = Зонт
picture-bicycle = Велосипед

error-admin-pin-wrong = Неверный PIN. { $count ->
    [one] Осталась { $count } попытка, затем PIN будет заблокирован на минуту.
    [few] Осталось { $count } попытки, затем PIN будет заблокирован на минуту.
    [many] Осталось { $count } попыток, затем PIN будет заблокирован на минуту.
   *[other] Осталось { $count } попыток, затем PIN будет заблокирован на минуту.
}
error-locked = Слишком много неверных попыток. Пожалуйста, подожди { $count ->
    [one] { $count } секунду
    [few] { $count } секунды
    [many] { $count } секунд
   *[other] { $count } секунд
} и попробуй снова.
error-admin-required = Это может сделать только учитель. Сначала введи PIN администратора.
error-not-allowed-in-mode = При текущей настройке этого компьютера это невозможно.
error-sign-in-wrong = Неверно. { $count ->
    [one] Осталась { $count } попытка.
    [few] Осталось { $count } попытки.
    [many] Осталось { $count } попыток.
   *[other] Осталось { $count } попыток.
}
error-sign-in-secret-missing = Учитель ещё не настроил твой пароль из картинок или PIN. Пожалуйста, обратись к учителю.

## Лаборатория: подсветка персональных данных

privacy-kind-name = Имя
privacy-why-name = Твоё имя показывает, кто ты. Переписку с онлайн-чат-ботами могут сохранять и читать другие люди, а вместе с другими данными по имени тебя легко найти.
privacy-kind-address = Домашний адрес
privacy-why-address = Адрес показывает, где ты живёшь. Если переписку сохранят или она утечёт, посторонние смогут узнать, где тебя искать.
privacy-kind-phone = Номер телефона
privacy-why-phone = Номер телефона ведёт прямо к тебе. Если он попадёт в чужие руки, его могут использовать для спама и звонков мошенников.
privacy-kind-email = Электронная почта
privacy-why-email = Адрес электронной почты часто содержит твоё имя и служит ключом ко многим твоим аккаунтам. Если он утечёт, тебе могут приходить спам и поддельные письма, которые пытаются тебя обмануть.
privacy-kind-iban = Банковский счёт (IBAN)
privacy-why-iban = IBAN – это номер твоего банковского счёта. Мошенники могут использовать его для поддельных списаний или для мошеннических сообщений, которые выглядят настоящими.
privacy-kind-birth-date = Дата рождения
privacy-why-birth-date = Банки и учреждения проверяют по дате рождения, кто ты. Вместе с именем она помогает другим выдавать себя за тебя.
privacy-kind-health = Данные о здоровье
privacy-why-health = Болезни, лечение или беременность – это очень личные данные. Отправив их онлайн-чат-боту, ты уже не сможешь решать, кто их сохранит или прочитает.
privacy-kind-id-number = Номер документа или налоговый номер
privacy-why-id-number = Номера паспорта и удостоверения личности, налоговый номер (Steuer-ID) и номер социального страхования (Sozialversicherungsnummer) – а также ИНН и СНИЛС – принадлежат только тебе. С ними другие могут выдать себя за тебя или заключить договор от твоего имени.
