## About Klar (from Settings): version, build date and the licences of everything inside the app

about-open = About Klar
about-title = About Klar
about-version = Version { $version }, built on { $date }
about-what = Klar teaches how AI works, where it fails and how to use it safely. Everything runs on this computer, without the internet.
about-licences-title = Licences
about-licences-intro = Klar is built on the work of many people who share it freely. These are their licences.
about-models = Language models
about-model-not-installed = Not installed on this PC. Klar can use it once a teacher or administrator adds the file.
about-fonts = Fonts
about-crates = Rust libraries ({ $count })
about-npm = Libraries of the interface ({ $count })
about-licence-text = Licence text
about-licences-missing = This copy of Klar was built without its list of licences. The installed package contains it.
