# Klar – Texte der Oberfläche in Leichter Sprache (de-x-ls).
# Regeln und Wort·liste: locales/de-x-ls/README.md. Gleiche IDs wie locales/en/main.ftl.

app-title = Klar
app-tagline = Lerne: So nutzt du KI gut und sicher.

## Erster Start

language-choose-title = Wähl deine Sprache
language-choose-hint = Du kannst die Sprache später ändern. Das geht bei: Einstellungen.
language-continue = Weiter
welcome-title = Willkommen bei Klar
welcome-body = Mit Klar lernst du: So arbeitet KI. Hier macht KI Fehler. So nutzt du KI sicher. Die Lektionen sind kurz. Du machst auch kleine Übungen auf diesem Computer.
welcome-offline = Klar braucht kein Internet. Alles bleibt auf diesem Computer. Klar schickt nichts weg.
welcome-start = Los geht’s

## Wer lernt?

learners-title = Wer lernt?
learners-new = Neue Person
learners-guest = Als Gast lernen
learners-guest-note = Du lernst als Gast? Dann speichert Klar nur kurz. Du machst Klar zu? Dann ist alles weg.
learners-empty = Hier ist noch niemand. Tipp auf: Neue Person. Oder lerne als Gast.
learner-create-title = Neue Person
learner-name-label = Dein Name oder ein Spitz·name
learner-name-hint = Nur dieser Computer zeigt den Namen. Klar fragt nicht nach E-Mail oder Geburts·tag.
learner-avatar-label = Wähl ein Bild
learner-create = Speichern
learner-cancel = Abbrechen
learner-switch = Person wechseln
learner-guest-name = Gast
guest-banner = Du bist ein Gast. Du machst Klar zu? Dann ist deine Arbeit weg.

avatar-sun = Sonne
avatar-moon = Mond
avatar-star = Stern
avatar-tree = Baum
avatar-flower = Blume
avatar-leaf = Blatt
avatar-fish = Fisch
avatar-mountain = Berg
avatar-wave = Welle
avatar-heart = Herz
avatar-bolt = Blitz
avatar-cloud = Wolke

## Dein Kurs

home-title = Dein Kurs
home-lesson-number = Lektion { $number }
home-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
lesson-state-not-started = Neu
lesson-state-in-progress = Angefangen
lesson-state-done = Fertig
lesson-score = { $correct } von { $total } Fragen beim 1. Versuch richtig
lesson-unavailable = Diese Lektion geht gerade nicht auf.
lesson-unavailable-reason = Der Grund: { $reason }
lesson-open = Öffnen
lesson-continue = Weiter
lesson-review = Noch mal ansehen

## Lektion

player-back = Zurück zum Kurs
player-step-of = Schritt { $current } von { $total }
player-previous = Zurück
player-next = Weiter
player-finish = Lektion beenden
player-finished = Die Lektion ist fertig. Gut gemacht!
step-kind-summary = Kurz gesagt
step-kind-takeaway = Das nimmst du mit
step-kind-sources = Quellen
step-facts-checked = Wir haben die Fakten zuletzt im { $month } geprüft.
quiz-title = Frage
quiz-warmup-title = Was denkst du?
quiz-choose-one = Wähl 1 Antwort.
quiz-choose-many = Wähl alle richtigen Antworten.
quiz-check = Antwort prüfen
quiz-try-again = Noch mal
quiz-correct = Richtig!
quiz-incorrect = Das stimmt noch nicht. Lies den Hinweis. Dann probier es noch mal.
quiz-warmup-thanks = Danke! Denk an deine Antwort. Lies dann weiter.
quiz-first-try-kept = Nur deine 1. Antwort gibt Punkte. Du darfst weiter probieren.
reflect-title = Deine Gedanken
reflect-private = Das siehst nur du. Es bleibt auf diesem Computer.
reflect-placeholder = Schreib hier deine Gedanken auf …
reflect-save = Speichern
reflect-saving = Klar speichert …
reflect-saved = Gespeichert um { $time } Uhr
reflect-unsaved = Noch nicht gespeichert
demo-title = Übung: { $demo }
demo-preset = Beispiel: { $preset }
demo-task = Deine Aufgabe

demo-name-next-token = Welches Wort kommt als Nächstes?
demo-name-tokenizer = Text in Tokens teilen
demo-name-chat = Chat mit dem kleinen Sprach·modell
demo-name-hallucination = Erfundenes finden
demo-name-bias-probe = Vorurteile finden
demo-name-classifier = Trainier deine eigene KI
demo-name-detector = KI-Text-Prüfer
demo-name-injection = Tricks gegen KI: das Spiel
demo-name-privacy = Daten·markierer
demo-name-energy = Strom·messer

glossary-title = Wörter·liste
glossary-close = Schließen

## Einstellungen

settings-title = Einstellungen
settings-language = Sprache
settings-text-size = Schrift·größe
settings-text-size-small = Klein
settings-text-size-medium = Mittel
settings-text-size-large = Groß
settings-text-size-xlarge = Sehr groß
settings-contrast = Starker Kontrast
settings-motion = Weniger Bewegung
settings-data-file = Hier sind deine Daten
settings-data-file-hint = Deine Daten sind in 1 Datei. Die Datei ist auf diesem Computer. Klar schickt nichts weg.
settings-guest-data = Du lernst als Gast. Klar speichert nur kurz. Du machst Klar zu? Dann ist alles weg.
settings-delete-learner = Diese Person und alle Daten löschen
settings-delete-confirm-title = { $name } löschen?
settings-delete-confirm-body = Klar löscht dann alles von { $name } auf diesem Computer: die Lektionen, die Antworten und die Gedanken. Danach kannst du nichts zurückholen.
settings-delete-confirm = Ja, alles löschen
settings-delete-cancel = Behalten
settings-deleted = Klar hat die Person und alle Daten gelöscht.
settings-close = Schließen

## Fehler

error-title = Da ist ein Fehler passiert
error-not-found = Das gibt es nicht mehr.
error-invalid-input = Das hat nicht geklappt. Der Grund: { $detail }
error-database-newer = Dieses Klar ist zu alt. Du brauchst ein neues Klar. Deine Daten sind noch da.
error-database-corrupt = Klar kann deine Daten nicht lesen. Es gibt noch Kopien von den Daten. Lösch nichts. Frag eine Person um Hilfe.
error-database-busy = Ein anderes Programm benutzt gerade die Daten von Klar. Warte kurz. Dann probier es noch mal.
error-disk-full = Der Speicher ist voll. Klar kann nichts mehr speichern. Lösch andere Dateien. Deine gespeicherte Arbeit ist noch da.
error-read-only = Klar darf nichts in seinen Ordner schreiben. Frag eine Person um Hilfe.
error-io = Klar kann eine Datei nicht lesen oder schreiben. Der Grund: { $detail }
error-lesson-unavailable = Diese Lektion geht gerade nicht auf.
error-internal = Da ist etwas schiefgegangen. Deine gespeicherte Arbeit ist sicher.
error-already-running = Klar ist schon offen. Du siehst jetzt das offene Fenster.
error-dismiss = OK

## Für die Oberfläche

error-retry = Noch mal probieren

## Der Computer in der Klasse, in der Bücherei oder zu Hause

mode-choose-title = Wo steht dieser Computer?
mode-personal = Zu Hause
mode-personal-hint = 1 Person oder ein paar Personen. Ohne Anmelden.
mode-classroom = In einer Klasse
mode-classroom-hint = Eine Liste mit der Klasse. Jede Person wählt ihren Namen. Die Lehrerin oder der Lehrer sieht: So weit ist jede Person.
mode-library = In einer Bücherei
mode-library-hint = Alle lernen als Gast. Klar speichert nichts.
idle-warning = Bist du noch da? Tipp auf: Ich bin noch da. Sonst löscht Klar alles in { $count ->
    [one] 1 Sekunde
   *[other] { $count } Sekunden
}.
idle-stay = Ich bin noch da

record-title = Nachweis: Lernen über KI
record-statement = { $name } hat { $count ->
    [one] 1 Lektion
   *[other] { $count } Lektionen
} im Kurs Klar gemacht. Der Kurs erklärt: So arbeitet KI. So nutzt ein Mensch KI gut. Dieser Nachweis kann zeigen: { $name } hat etwas über KI gelernt. Um dieses Wissen geht es auch im KI-Gesetz von der Europäischen Union, in Artikel 4 (Verordnung (EU) 2024/1689).

picture-apple = Apfel
picture-ball = Ball
picture-bird = Vogel
picture-boat = Boot
picture-car = Auto
picture-cat = Katze
picture-dog = Hund
picture-house = Haus
picture-key = Schlüssel
picture-cup = Tasse
picture-umbrella = Regen·schirm
picture-bicycle = Fahrrad

error-admin-pin-wrong = Die Geheim·zahl ist falsch. { $count ->
    [one] Du hast noch 1 Versuch. Dann ist die Geheim·zahl 1 Minute gesperrt.
   *[other] Du hast noch { $count } Versuche. Dann ist die Geheim·zahl 1 Minute gesperrt.
}
error-locked = Du hast zu oft falsch getippt. Warte { $count ->
    [one] 1 Sekunde.
   *[other] { $count } Sekunden.
} Dann probier es noch mal.
error-admin-required = Das darf nur die Lehrerin oder der Lehrer. Sie oder er gibt zuerst die Geheim·zahl ein.
error-not-allowed-in-mode = Das geht auf diesem Computer nicht. Frag eine Person um Hilfe.
error-sign-in-wrong = Das war falsch. { $count ->
    [one] Du hast noch 1 Versuch.
   *[other] Du hast noch { $count } Versuche.
}
error-sign-in-secret-missing = Deine Lehrerin oder dein Lehrer richtet zuerst deine Bilder oder deine Geheim·zahl ein. Frag deine Lehrerin oder deinen Lehrer.

## Übung: Daten·markierer

privacy-kind-name = Name
privacy-why-name = Dein Name zeigt: Das bist du. Firmen von Chatbots im Internet speichern Chats oft. Andere Menschen können die Chats dann lesen. Dein Name und andere Angaben zusammen: Damit finden andere dich leicht.
privacy-kind-address = Adresse
privacy-why-address = Deine Adresse zeigt: Hier wohnst du. Vielleicht speichert jemand deinen Chat. Oder Fremde lesen den Chat. Dann finden Fremde vielleicht deine Wohnung.
privacy-kind-phone = Telefon·nummer
privacy-why-phone = Mit der Telefon·nummer können andere dich direkt anrufen. Betrüger können die Nummer nutzen. Dann bekommst du Werbung und Anrufe von Betrügern.
privacy-kind-email = E-Mail-Adresse
privacy-why-email = In einer E-Mail-Adresse steht oft dein Name. Mit der E-Mail-Adresse meldest du dich bei vielen Internet·seiten an. Betrüger können dir dann falsche Nachrichten schicken. Die Nachrichten wollen dich reinlegen.
privacy-kind-iban = Konto·nummer (IBAN)
privacy-why-iban = Die IBAN ist die Nummer von deinem Bank·konto. Betrüger können damit Geld von deinem Konto nehmen. Oder sie schicken dir falsche Nachrichten. Die Nachrichten sehen echt aus.
privacy-kind-birth-date = Geburts·datum
privacy-why-birth-date = Banken und Ämter prüfen mit deinem Geburts·datum: Bist du das wirklich? Betrüger kennen deinen Namen und dein Geburts·datum? Dann können sie bei einer Bank sagen: Ich bin diese Person.
privacy-kind-health = Gesundheit
privacy-why-health = Krankheiten, Behandlungen oder eine Schwangerschaft sind sehr privat. Du schickst das an einen Chatbot im Internet? Dann weißt du nicht mehr: Wer speichert das? Wer liest das?
privacy-kind-id-number = Ausweis·nummer oder Steuer-ID
privacy-why-id-number = Diese Nummern gehören nur dir: die Nummer vom Pass, vom Personal·ausweis, die Steuer-ID und die Sozial·versicherungs·nummer. Betrüger können mit den Nummern sagen: Ich bin diese Person. Dann machen sie Verträge mit deinem Namen.
