# Die Themen-Codes des Lehrplans (A1 … F4), wie sie auf Nachweisen, Lehrkräfte-Seiten und Zusammenfassungen erscheinen.

topic-a1 = KI im Alltag erkennen, auch wo sie unsichtbar ist
topic-a2 = Was „Intelligenz“ heißt; schwache und starke KI; Hype und Wirklichkeit
topic-a3 = Arten von KI: Regeln, maschinelles Lernen, Deep Learning, generative KI, Roboter
topic-a4 = Warum KI menschlich klingt und doch keine Person ist
topic-b1 = Daten, Training, Modell, Vorhersage
topic-b2 = Einen eigenen Klassifikator trainieren und scheitern sehen
topic-b3 = Darstellungen: Merkmale, Tokens, Embeddings
topic-b4 = Sprachmodelle sagen das nächste Token voraus
topic-b5 = Tokenisierung kostet je nach Sprache unterschiedlich viel
topic-b6 = Menschen im Prozess: Beschriften, Feedback, unsichtbare Arbeit
topic-c1 = Stärken und Schwächen; wann man KI besser nicht nutzt
topic-c2 = Halluzinationen und wie man nachprüft
topic-c3 = Verzerrung und Fairness: Daten, Labels, Stellvertreter-Merkmale
topic-c4 = Selbstsicher ist nicht gleich richtig; Blackbox-Systeme
topic-c5 = Überredendes Design und Schmeichelei
topic-d1 = Datenschutz: Was du eingibst, kann gespeichert werden; lokale und Cloud-KI
topic-d2 = Sicherheit: Prompt-Injection, Jailbreaks, Datenlecks
topic-d3 = Deepfakes und synthetische Medien; Kennzeichnung und Herkunft
topic-d4 = KI-Text-Detektoren sind unzuverlässig
topic-d5 = Falsch- und Desinformation in großem Stil
topic-d6 = Sich nicht zu sehr verlassen: eigene Fähigkeiten behalten
topic-d7 = Urheberschaft, Urheberrecht, KI-Nutzung offenlegen
topic-d8 = KI-Agenten, die für dich handeln: Rechte, Bestätigungen, versteckte Anweisungen, Haftung
topic-e1 = Rechte: automatisierte Entscheidungen, DSGVO, KI-Verordnung
topic-e2 = Arbeit und Gesellschaft: Jobs, Verwaltung, Verantwortung
topic-e3 = Umwelt: Energie, Wasser, Hardware
topic-e4 = Teilhabe: Sprachen, Barrierefreiheit, wer in den Daten fehlt
topic-e5 = Wo du dich beschweren und Hilfe bekommen kannst
topic-f1 = Prompten als klare Kommunikation – und danach prüfen
topic-f2 = Mit KI gestalten und die Kontrolle behalten
topic-f3 = Eine KI-Lösung entwerfen: Problem, Daten, Risiken
topic-f4 = Wünschenswerte Zukünfte; mitreden; KI für das Gemeinwohl

summary-title = Zusammenfassung der Lektion
summary-in-short = Kurz gesagt
summary-takeaway = Das nimmst du mit
summary-think = Fragen zum Nachdenken
summary-topics = Themen
summary-print = Drucken
summary-printed-from = Aus dem Klar-Kurs · { $date }
teachers-open = Für Lehrkräfte
glossary-all = Alle Begriffe
glossary-open = Glossar
page-back = Zurück
page-back-lesson = Zurück zur Lektion
glossary-filter = Begriff suchen
glossary-count = { $count ->
    [one] { $count } Begriff
   *[other] { $count } Begriffe
}
glossary-none = Kein Begriff passt zu deiner Suche.
