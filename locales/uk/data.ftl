## Копії файлу даних: відновлення під час запуску і в налаштуваннях

error-data-missing = Файл даних Klar зник або порожній. Klar зберіг його копії, тож нічого не мусить загубитися.
restore-title = Дані Klar зникли
restore-intro = Klar не може знайти свій файл даних, або файл порожній. Klar зберіг його копії. Ти можеш повернути найновішу копію.
restore-newest = Відновити найновішу копію (від { $date })
restore-none-good = Жодну з копій не вдається прочитати. Будь ласка, попроси допомоги, перш ніж починати з порожнім Klar.
restore-other-copies = Інші копії
restore-copy = Копія від { $date }
restore-copy-size = { $kib } КБ
restore-copy-damaged = Пошкоджена
restore-this = Відновити цю копію
restore-empty = Почати з порожнім Klar
restore-empty-warning = Тоді Klar запуститься без учнів і без прогресу, і хтось новий зможе налаштувати цей ПК. Обирай це, лише якщо старі дані справді не потрібні.
restore-empty-confirm = Так, почати з порожнім
restore-empty-cancel = Назад
backups-title = Резервні копії
backups-intro = Klar зберігає копії своїх даних. Відновлена копія замінить усе, що збережено зараз. Спершу Klar зробить копію поточних даних.
backups-none = Копій ще немає.
backups-restore = Відновити
backups-confirm = Замінити всі дані копією від { $date }?
backups-confirm-yes = Так, відновити
backups-cancel = Скасувати
backups-restored = Копію відновлено. Будь ласка, увійди знову.
