## Über Klar (aus den Einstellungen): Version, Build-Datum und die Lizenzen von allem, was in der App steckt

about-open = Über Klar
about-title = Über Klar
about-version = Version { $version }, erstellt am { $date }
about-what = Klar zeigt, wie KI funktioniert, wo sie Fehler macht und wie du sie sicher nutzt. Alles läuft auf diesem Computer, ohne Internet.
about-licences-title = Lizenzen
about-licences-intro = Klar baut auf der Arbeit vieler Menschen auf, die sie frei teilen. Hier sind ihre Lizenzen.
about-models = Sprachmodelle
about-model-not-installed = Auf diesem Computer nicht installiert. Klar kann es nutzen, sobald eine Lehrkraft oder die Person, die den Computer betreut, die Datei hinzufügt.
about-fonts = Schriften
about-crates = Rust-Bibliotheken ({ $count })
about-npm = Bibliotheken der Oberfläche ({ $count })
about-licence-text = Lizenztext
about-licences-missing = Diese Kopie von Klar wurde ohne ihre Lizenzliste gebaut. Das installierte Paket enthält sie.
