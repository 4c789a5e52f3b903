## О Klar (из настроек): версия, дата сборки и лицензии всего, что есть в приложении

about-open = О Klar
about-title = О Klar
about-version = Версия { $version }, собрано { $date }
about-what = Klar объясняет, как работает ИИ, где он ошибается и как безопасно им пользоваться. Всё работает на этом компьютере, без интернета.
about-licences-title = Лицензии
about-licences-intro = Klar создан благодаря труду многих людей, которые свободно им делятся. Вот их лицензии.
about-models = Языковые модели
about-fonts = Шрифты
about-crates = Библиотеки Rust ({ $count })
about-npm = Библиотеки интерфейса ({ $count })
about-licence-text = Текст лицензии
about-licences-missing = Эта копия Klar собрана без списка лицензий. Он есть в установочном пакете.
