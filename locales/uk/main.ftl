# Klar – тексти інтерфейсу українською (шаблон – англійська; ідентифікатори ті самі).

app-title = Klar
app-tagline = Навчися користуватися ШІ – вдумливо й безпечно.

## Перший запуск

language-choose-title = Обери мову
language-choose-hint = Пізніше її можна змінити в налаштуваннях.
language-continue = Далі
welcome-title = Вітаємо в Klar
welcome-body = Klar пояснює, як працює ШІ, де він помиляється і як користуватися ним безпечно – у коротких уроках із невеликими експериментами просто на цьому комп’ютері.
welcome-offline = Усе залишається на цьому ПК. Klar не використовує інтернет, і ніщо з того, що ти вводиш, не виходить за межі цього комп’ютера.
welcome-start = Почнімо

## Учні

learners-title = Хто навчається?
learners-new = Новий профіль
learners-guest = Продовжити як гість
learners-guest-note = Якщо ти гість, твоя робота зберігається лише доти, доки Klar відкритий.
learners-empty = Ще ніхто не почав. Створи свій профіль або продовж як гість.
learner-create-title = Новий профіль
learner-name-label = Твоє ім’я (або псевдонім)
learner-name-hint = Видно лише на цьому ПК. Без електронної пошти, без дати народження.
learner-avatar-label = Обери картинку
learner-create = Створити
learner-cancel = Скасувати
learner-switch = Змінити профіль
learner-guest-name = Гість
guest-banner = Ти тут як гість. Твоя робота зберігається лише доти, доки Klar відкритий.

avatar-sun = Сонце
avatar-moon = Місяць
avatar-star = Зірка
avatar-tree = Дерево
avatar-flower = Квітка
avatar-leaf = Листок
avatar-fish = Риба
avatar-mountain = Гора
avatar-wave = Хвиля
avatar-heart = Серце
avatar-bolt = Блискавка
avatar-cloud = Хмара

## Карта курсу

home-title = Твій курс
home-lesson-number = Урок { $number }
home-minutes = { $minutes ->
    [one] { $minutes } хв
    [few] { $minutes } хв
    [many] { $minutes } хв
   *[other] { $minutes } хв
}
lesson-state-not-started = Ще не розпочато
lesson-state-in-progress = Триває
lesson-state-done = Завершено
lesson-score = { $total ->
    [one] { $correct } з { $total } правильно з першої спроби
    [few] { $correct } з { $total } правильно з першої спроби
    [many] { $correct } з { $total } правильно з першої спроби
   *[other] { $correct } з { $total } правильно з першої спроби
}
lesson-unavailable = Цей урок зараз не вдається відкрити.
lesson-unavailable-reason = Причина: { $reason }
lesson-open = Відкрити
lesson-continue = Продовжити
lesson-review = Переглянути

## Урок

player-back = Назад до курсу
player-step-of = Крок { $current } з { $total }
player-previous = Назад
player-next = Далі
player-finish = Завершити урок
player-finished = Урок завершено. Чудова робота!
step-kind-summary = Коротко про головне
step-kind-takeaway = Корисна звичка
step-kind-sources = Джерела
step-facts-checked = Факти перевірено: { $month }
quiz-title = Запитання
quiz-warmup-title = Як ти думаєш?
quiz-choose-one = Обери одну відповідь.
quiz-choose-many = Обери всі відповіді, які підходять.
quiz-check = Перевірити відповідь
quiz-try-again = Спробувати ще раз
quiz-correct = Правильно!
quiz-incorrect = Не зовсім. Прочитай пояснення і спробуй ще раз.
quiz-warmup-thanks = Дякуємо! Пам’ятай про свою відповідь, коли читатимеш далі.
quiz-first-try-kept = У результат зараховується твоя перша відповідь, але спробувати ще раз можна.
reflect-title = Твої роздуми
reflect-private = Приватно: це бачиш лише ти – на цьому ПК.
reflect-placeholder = Запиши тут свої думки…
reflect-save = Зберегти
reflect-saving = Зберігаємо…
reflect-saved = Збережено о { $time }
reflect-unsaved = Ще не збережено
demo-title = Інтерактивна демонстрація: { $demo }
demo-preset = Приклад: { $preset }
demo-task = Твоє завдання

demo-name-next-token = Дослідник наступного токена
demo-name-tokenizer = Як текст ділиться на токени
demo-name-chat = Чат із маленькою моделлю
demo-name-hallucination = Перевірка на галюцинації
demo-name-bias-probe = Перевірка на упередженість
demo-name-classifier = Навчи власний класифікатор
demo-name-detector = Детектор ШІ-текстів
demo-name-injection = Гра «Промпт-ін’єкція»
demo-name-privacy = Підсвічування персональних даних
demo-name-energy = Лічильник енергії

glossary-title = Словник
glossary-close = Закрити

## Налаштування

settings-title = Налаштування
settings-language = Мова
settings-text-size = Розмір тексту
settings-text-size-small = Малий
settings-text-size-medium = Середній
settings-text-size-large = Великий
settings-text-size-xlarge = Дуже великий
settings-contrast = Високий контраст
settings-motion = Менше анімації
settings-data-file = Де зберігаються твої дані
settings-data-file-hint = Один файл на цьому комп’ютері. Нічого нікуди не надсилається.
settings-guest-data = Після закриття Klar робота гостя на диску не зберігається.
settings-delete-learner = Видалити цей профіль і всі його дані
settings-delete-confirm-title = Видалити профіль «{ $name }»?
settings-delete-confirm-body = Буде видалено з цього ПК прогрес, відповіді на запитання і роздуми профілю «{ $name }». Скасувати це неможливо.
settings-delete-confirm = Так, видалити все
settings-delete-cancel = Залишити
settings-deleted = Профіль і всі його дані видалено.
settings-close = Закрити

## Помилки (їх бачать учні)

error-title = Щось пішло не так
error-not-found = Цього елемента більше не існує.
error-invalid-input = Не вийшло: { $detail }
error-database-newer = Твої дані збережено новішою версією Klar. Будь ласка, онови Klar; твої дані не змінено.
error-database-corrupt = Файл даних Klar пошкоджено. Попередні копії збережено в теці з резервними копіями поруч із ним. Будь ласка, попроси допомоги, перш ніж щось видаляти.
error-database-busy = Файл даних Klar зараз використовується. Зачекай трохи і спробуй ще раз.
error-disk-full = Диск заповнений, тому Klar не зміг зберегти дані. Звільни трохи місця; уже збережене не втрачено.
error-read-only = Klar не може записувати у свою теку з даними. Будь ласка, перевір права доступу до цієї теки.
error-io = Klar не зміг прочитати або записати файл: { $detail }
error-lesson-unavailable = Цей урок зараз не вдається відкрити.
error-internal = Сталася неочікувана помилка. Твоя збережена робота в безпеці.
error-already-running = Klar уже відкритий. Відкрите вікно переміщено на передній план.
error-dismiss = OK

## Додано для інтерфейсу

error-retry = Спробувати ще раз

## Клас, бібліотека, вхід

mode-choose-title = Як використовуватиметься цей комп’ютер?
mode-personal = Удома
mode-personal-hint = Одна або кілька осіб, які навчаються. Без входу.
mode-classroom = У класі
mode-classroom-hint = Список класу. Учні вибирають своє ім’я; вчитель бачить прогрес.
mode-library = У публічній бібліотеці
mode-library-hint = Лише гостьові сеанси. Нічого з того, що робить гість, не зберігається.
idle-warning = Ти ще тут? Цей сеанс завершиться через { $count ->
    [one] { $count } секунду
    [few] { $count } секунди
   *[other] { $count } секунд
}, і все в ньому буде видалено.
idle-stay = Я ще тут

record-title = Підтвердження навчання з грамотності у сфері ШІ
record-statement = { $name }: завершено { $count ->
    [one] { $count } урок
    [few] { $count } уроки
    [many] { $count } уроків
   *[other] { $count } уроків
} курсу Klar про розуміння та використання ШІ. Цей документ може слугувати підтвердженням заходу з розвитку грамотності у сфері ШІ відповідно до статті 4 Регламенту ЄС про штучний інтелект (Регламент (ЄС) 2024/1689).

picture-apple = Яблуко
picture-ball = М’яч
picture-bird = Пташка
picture-boat = Човен
picture-car = Машина
picture-cat = Кіт
picture-dog = Собака
picture-house = Будинок
picture-key = Ключ
picture-cup = Чашка
picture-umbrella = Парасолька
picture-bicycle = Велосипед

error-admin-pin-wrong = Неправильний PIN. { $count ->
    [one] Залишилася { $count } спроба, потім PIN буде заблоковано на хвилину.
    [few] Залишилося { $count } спроби, потім PIN буде заблоковано на хвилину.
    [many] Залишилося { $count } спроб, потім PIN буде заблоковано на хвилину.
   *[other] Залишилося { $count } спроб, потім PIN буде заблоковано на хвилину.
}
error-locked = Забагато неправильних спроб. Будь ласка, зачекай { $count ->
    [one] { $count } секунду
    [few] { $count } секунди
    [many] { $count } секунд
   *[other] { $count } секунд
} і спробуй ще раз.
error-admin-required = Це може зробити лише вчитель. Спочатку введи PIN адміністратора.
error-not-allowed-in-mode = За поточних налаштувань цього комп’ютера це неможливо.
error-sign-in-wrong = Це неправильно. { $count ->
    [one] Залишилася { $count } спроба.
    [few] Залишилося { $count } спроби.
    [many] Залишилося { $count } спроб.
   *[other] Залишилося { $count } спроб.
}
error-sign-in-secret-missing = Вчитель ще не налаштував твій пароль із картинок або PIN. Будь ласка, звернися до вчителя.

## Лабораторія: підсвічування персональних даних

privacy-kind-name = Ім’я
privacy-why-name = Твоє ім’я показує, хто ти. Розмови з онлайн-чат-ботами можуть зберігати й читати інші люди, а разом з іншими даними за ім’ям тебе легко знайти.
privacy-kind-address = Домашня адреса
privacy-why-address = Адреса показує, де ти живеш. Якщо розмову збережуть або вона потрапить у чужі руки, незнайомці можуть дізнатися, де тебе шукати.
privacy-kind-phone = Номер телефону
privacy-why-phone = Номер телефону веде прямо до тебе. Якщо він потрапить у чужі руки, ним можуть скористатися для спаму й шахрайських дзвінків.
privacy-kind-email = Електронна пошта
privacy-why-email = Адреса електронної пошти часто містить твоє ім’я і є ключем до багатьох твоїх акаунтів. Якщо вона потрапить до сторонніх, тобі можуть надсилати спам або підроблені листи, щоб ошукати тебе.
privacy-kind-iban = Банківський рахунок (IBAN)
privacy-why-iban = IBAN – це номер твого банківського рахунку. Шахраї можуть використати його для фальшивих списань або для шахрайських повідомлень, які виглядають справжніми.
privacy-kind-birth-date = Дата народження
privacy-why-birth-date = Банки й установи перевіряють за датою народження, хто ти. Разом з ім’ям вона допомагає іншим видавати себе за тебе.
privacy-kind-health = Дані про здоров’я
privacy-why-health = Хвороби, лікування чи вагітність – це дуже особисті дані. Щойно ти надішлеш їх онлайн-чат-боту, ти вже не зможеш вирішувати, хто їх зберігає чи читає.
privacy-kind-id-number = Номер документа або податковий номер
privacy-why-id-number = Номери паспорта, ID-картки, податковий номер (Steuer-ID; в Україні – РНОКПП) і номер соціального страхування (Sozialversicherungsnummer) належать тільки тобі. З ними інші можуть видати себе за тебе або укласти договір від твого імені.
