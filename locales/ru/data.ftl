## Копии файла данных: восстановление при запуске и в настройках

error-data-missing = Файл данных Klar пропал или пуст. Klar сохранил его копии, так что ничего не обязательно потеряно.
restore-title = Данные Klar пропали
restore-intro = Klar не может найти свой файл данных, или файл пуст. Klar сохранил его копии. Ты можешь вернуть самую новую копию.
restore-newest = Восстановить самую новую копию (от { $date })
restore-none-good = Ни одну из копий не удаётся прочитать. Пожалуйста, попроси помощи, прежде чем начинать с пустым Klar.
restore-other-copies = Другие копии
restore-copy = Копия от { $date }
restore-copy-size = { $kib } КБ
restore-copy-damaged = Повреждена
restore-this = Восстановить эту копию
restore-empty = Начать с пустым Klar
restore-empty-warning = Тогда Klar запустится без учеников и без прогресса, и кто-то новый сможет настроить этот компьютер. Выбирай это, только если старые данные точно не нужны.
restore-empty-confirm = Да, начать с пустым
restore-empty-cancel = Назад
backups-title = Резервные копии
backups-intro = Klar хранит копии своих данных. Восстановленная копия заменит всё, что сохранено сейчас. Сначала Klar сделает копию текущих данных.
backups-none = Копий пока нет.
backups-restore = Восстановить
backups-confirm = Заменить все данные копией от { $date }?
backups-confirm-yes = Да, восстановить
backups-cancel = Отмена
backups-restored = Копия восстановлена. Пожалуйста, войди снова.
