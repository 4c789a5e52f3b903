## Über Klar (aus den Einstellungen), in Leichter Sprache

about-open = Über Klar
about-title = Über Klar
about-version = Version { $version }. Gemacht am { $date }.
about-what = Klar erklärt KI. Du lernst: So arbeitet KI. Hier macht KI Fehler. So nutzt du KI sicher. Klar läuft nur auf diesem Computer. Klar braucht kein Internet.
about-licences-title = Lizenzen
about-licences-intro = Viele Menschen haben an Klar mitgearbeitet. Sie teilen ihre Arbeit frei. Eine Lizenz sagt: So darfst du die Arbeit benutzen. Hier sind die Lizenzen.
about-models = Sprach·modelle
about-model-not-installed = Ist nicht auf diesem Computer. Eine Lehrerin oder ein Lehrer kann die Datei holen. Dann kann Klar es benutzen.
about-fonts = Schriften
about-crates = Programm·teile in Rust ({ $count })
about-npm = Programm·teile für den Bild·schirm ({ $count })
about-licence-text = Lizenz lesen
about-licences-missing = Bei dieser Kopie von Klar fehlt die Liste mit den Lizenzen. Das Installations·paket hat die Liste.
