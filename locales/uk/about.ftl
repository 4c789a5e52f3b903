## Про Klar (з налаштувань): версія, дата збирання й ліцензії всього, що є в застосунку

about-open = Про Klar
about-title = Про Klar
about-version = Версія { $version }, зібрано { $date }
about-what = Klar пояснює, як працює ШІ, де він помиляється і як безпечно ним користуватися. Усе працює на цьому комп’ютері, без інтернету.
about-licences-title = Ліцензії
about-licences-intro = Klar створено завдяки праці багатьох людей, які вільно нею діляться. Ось їхні ліцензії.
about-models = Мовні моделі
about-model-not-installed = Не встановлено на цьому ПК. Klar зможе її використовувати, щойно вчитель або адміністратор додасть файл.
about-fonts = Шрифти
about-crates = Бібліотеки Rust ({ $count })
about-npm = Бібліотеки інтерфейсу ({ $count })
about-licence-text = Текст ліцензії
about-licences-missing = Цю копію Klar зібрано без переліку ліцензій. Він є в інсталяційному пакеті.
