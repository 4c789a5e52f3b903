## Импорт файла прогресса: предпросмотр, прежде чем что-то изменится.

import-preview-title = Импортировать этот файл прогресса?
import-preview-intro = Пока ничего не изменено. Посмотри, что сделает этот файл, и выбери «Импортировать» или «Отмена».
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
import-preview-look-alike = Здесь уже есть кто-то с таким же именем. Проверь, что это действительно другой человек.
import-preview-look-alikes = Имён, похожих на чужие: { $count }. Пожалуйста, проверь их перед импортом.
import-preview-completed = Будет отмечено как пройденное:
import-preview-other-lessons = Уроков, которых нет на этом компьютере: { $count }
import-preview-details = Уроки: { $lessons } · ответы: { $answers } · размышления: { $reflections }
import-preview-confirm = Импортировать
import-preview-cancel = Отмена
error-import-expired = Этот импорт больше не ожидает (он уже подтверждён, отменён или был открыт слишком долго). Пожалуйста, выбери файл ещё раз.

## Экспорт данных ученика учителем: личные размышления в него не входят.

teacher-export-learner-data = Экспортировать данные (JSON и CSV, только открытые размышления)
