## Імпорт файлу прогресу: попередній перегляд, перш ніж щось зміниться.

import-preview-title = Імпортувати цей файл прогресу?
import-preview-intro = Поки що нічого не змінено. Переглянь, що зробить цей файл, і вибери «Імпортувати» або «Скасувати».
import-preview-source = Експортовано { $date } з комп'ютера «{ $device }».
import-preview-source-unnamed = Експортовано { $date }.
import-preview-kind-class = Увесь клас
import-preview-kind-learner = Прогрес одного учня
import-preview-kind-learner-data = Усі дані одного учня
import-preview-counts = Нових учнів: { $added }. Оновлено: { $updated }. Без змін: { $unchanged }.
import-preview-nothing-new = У цьому файлі немає нічого нового для цього комп'ютера.
import-preview-new = Новий
import-preview-updated = Оновлено
import-preview-name-in-file = Ім'я у файлі: { $name }
import-preview-look-alike = Тут уже є хтось із таким самим ім'ям. Перевір, чи це справді інша людина.
import-preview-look-alikes = Імен, схожих на чужі: { $count }. Будь ласка, перевір їх перед імпортом.
import-preview-completed = Буде позначено як пройдені:
import-preview-other-lessons = Уроків, яких немає на цьому комп'ютері: { $count }
import-preview-details = Уроки: { $lessons } · відповіді: { $answers } · роздуми: { $reflections }
import-preview-confirm = Імпортувати
import-preview-cancel = Скасувати
error-import-expired = Цей імпорт більше не чекає (його вже підтверджено, скасовано або він був відкритий задовго). Будь ласка, вибери файл ще раз.

## Експорт даних учня вчителем: приватні роздуми до нього не входять.

teacher-export-learner-data = Експортувати дані (JSON і CSV, лише поширені роздуми)
