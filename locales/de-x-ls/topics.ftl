# Die Themen vom Kurs (A1 … F4). Du siehst sie auf Nachweisen und Zusammen·fassungen.

topic-a1 = KI im Alltag finden. Auch wo du KI nicht siehst.
topic-a2 = Was heißt: klug? Welche KI gibt es wirklich?
topic-a3 = Arten von KI: Regeln, Lernen aus Beispielen, KI für Texte und Bilder, Roboter
topic-a4 = KI klingt wie ein Mensch. Aber KI ist kein Mensch.
topic-b1 = Daten, Training, Modell, Vorhersage
topic-b2 = Eine eigene KI trainieren. Und sehen: Hier macht sie Fehler.
topic-b3 = So macht KI aus Wörtern Zahlen: Tokens
topic-b4 = Sprach·modelle raten das nächste Token
topic-b5 = Manche Sprachen brauchen mehr Tokens als andere
topic-b6 = Menschen helfen der KI: Sie sortieren Daten und prüfen Antworten
topic-c1 = Das kann KI gut. Das kann KI schlecht. Wann nimmst du lieber keine KI?
topic-c2 = KI erfindet Sachen. So prüfst du Antworten.
topic-c3 = Vorurteile in Daten machen KI unfair
topic-c4 = KI klingt sicher. Trotzdem kann die Antwort falsch sein. Oft weiß niemand: Warum antwortet die KI so?
topic-c5 = Apps wollen dich lange halten. KI schmeichelt dir.
topic-d1 = Deine Daten: Eine KI im Internet speichert vielleicht deine Texte. Eine KI auf deinem Computer schickt nichts weg.
topic-d2 = Sicherheit: Tricks gegen KI
topic-d3 = Gefälschte Bilder und Videos. Woher kommt ein Bild? Wer hat es gemacht?
topic-d4 = KI-Text-Prüfer irren sich oft
topic-d5 = Falsche Nachrichten: KI macht sehr viele davon
topic-d6 = Mach vieles selbst. So übst du weiter.
topic-d7 = Wer hat den Text gemacht? Sag es: Hier hat KI geholfen.
topic-d8 = KI-Agenten machen Sachen für dich. Sie sollen dich vorher fragen.
topic-e1 = Deine Rechte bei Entscheidungen von Computern. Gesetze zum Daten·schutz und zu KI.
topic-e2 = KI bei der Arbeit, bei Ämtern und in der Gesellschaft. Wer ist verantwortlich?
topic-e3 = KI und Umwelt: Strom, Wasser, Computer·chips
topic-e4 = Alle sollen mitmachen können: Sprachen, Barriere·freiheit, fehlende Daten
topic-e5 = Hier kannst du dich beschweren. Hier bekommst du Hilfe.
topic-f1 = Klare Fragen an die KI stellen. Dann die Antwort prüfen.
topic-f2 = Mit KI etwas machen. Du entscheidest selbst.
topic-f3 = Eine KI planen: Problem, Daten, Gefahren
topic-f4 = So soll die Zukunft mit KI sein. Mach mit. KI für alle Menschen.

summary-title = Zusammen·fassung
summary-in-short = Kurz gesagt
summary-takeaway = Das nimmst du mit
summary-think = Fragen zum Nachdenken
summary-topics = Themen
summary-print = Drucken
summary-printed-from = Aus dem Kurs Klar · { $date }
teachers-open = Für Lehrerinnen und Lehrer
glossary-all = Alle Wörter
glossary-open = Wörter·liste
page-back = Zurück
page-back-lesson = Zurück zur Lektion
glossary-filter = Wort suchen
glossary-count = { $count ->
    [one] 1 Wort
   *[other] { $count } Wörter
}
glossary-none = Klar findet kein passendes Wort.
