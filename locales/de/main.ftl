# Klar – Texte der Oberfläche (Deutsch)

app-title = Klar
app-tagline = KI nutzen lernen – überlegt und sicher.

## Erster Start

language-choose-title = Wähle deine Sprache
language-choose-hint = Du kannst sie später in den Einstellungen ändern.
language-continue = Weiter
welcome-title = Willkommen bei Klar
welcome-body = Klar zeigt dir, wie KI funktioniert, wo sie danebenliegt und wie du sie sicher nutzt – in kurzen Lektionen mit kleinen Experimenten auf diesem Computer.
welcome-offline = Alles bleibt auf diesem Computer. Klar braucht kein Internet, und nichts, was du eingibst, verlässt diesen Computer.
welcome-start = Los geht’s

## Lernende

learners-title = Wer lernt gerade?
learners-new = Neu anlegen
learners-guest = Als Gast weitermachen
learners-guest-note = Als Gast bleibt deine Arbeit nur gespeichert, bis Klar geschlossen wird.
learners-empty = Noch hat niemand angefangen. Leg ein Profil für dich an oder mach als Gast weiter.
learner-create-title = Neu anlegen
learner-name-label = Dein Name (oder ein Spitzname)
learner-name-hint = Wird nur auf diesem Computer angezeigt. Keine E-Mail, kein Geburtsdatum.
learner-avatar-label = Such dir ein Bild aus
learner-create = Anlegen
learner-cancel = Abbrechen
learner-switch = Person wechseln
learner-guest-name = Gast
guest-banner = Du bist als Gast hier. Deine Arbeit bleibt nur gespeichert, bis Klar geschlossen wird.

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

## Kursübersicht

home-title = Dein Kurs
home-lesson-number = Lektion { $number }
home-minutes = { $minutes } Min.
lesson-state-not-started = Noch nicht begonnen
lesson-state-in-progress = Angefangen
lesson-state-done = Fertig
lesson-score = { $correct } von { $total } beim ersten Versuch richtig
lesson-unavailable = Diese Lektion lässt sich gerade nicht öffnen.
lesson-unavailable-reason = Grund: { $reason }
lesson-open = Öffnen
lesson-continue = Weitermachen
lesson-review = Noch mal ansehen

## Lektion

player-back = Zurück zum Kurs
player-step-of = Schritt { $current } von { $total }
player-previous = Zurück
player-next = Weiter
player-finish = Lektion abschließen
player-finished = Lektion geschafft. Gut gemacht!
step-kind-summary = Kurz gesagt
step-kind-takeaway = Das nimmst du mit
step-kind-sources = Quellen
step-facts-checked = Fakten geprüft: { $month }
quiz-title = Frage
quiz-warmup-title = Was meinst du?
quiz-choose-one = Wähle eine Antwort.
quiz-choose-many = Wähle alle passenden Antworten.
quiz-check = Antwort prüfen
quiz-try-again = Noch einmal versuchen
quiz-correct = Richtig!
quiz-incorrect = Nicht ganz. Lies die Rückmeldung und versuch es noch einmal.
quiz-warmup-thanks = Danke – behalte deine Antwort beim Weiterlesen im Kopf.
quiz-first-try-kept = Für die Wertung zählt deine erste Antwort; probieren kannst du trotzdem weiter.
reflect-title = Deine Gedanken
reflect-private = Privat: Das siehst nur du – auf diesem Computer.
reflect-placeholder = Schreib hier deine Gedanken auf …
reflect-save = Speichern
reflect-saving = Wird gespeichert …
reflect-saved = Gespeichert um { $time }
reflect-unsaved = Noch nicht gespeichert
demo-title = Demo: { $demo }
demo-preset = Voreinstellung: { $preset }
demo-task = Deine Aufgabe

demo-name-next-token = Was kommt als Nächstes?
demo-name-tokenizer = Token-Ansicht
demo-name-chat = Chat mit dem kleinen Modell
demo-name-hallucination = Erfindungen prüfen
demo-name-bias-probe = Vorurteile aufspüren
demo-name-classifier = Trainiere deine eigene KI
demo-name-detector = KI-Text-Detektor
demo-name-injection = Prompt-Injection-Spiel
demo-name-privacy = Datenmarkierer
demo-name-energy = Energiemesser

glossary-title = Glossar
glossary-close = Schließen

## Einstellungen

settings-title = Einstellungen
settings-language = Sprache
settings-text-size = Schriftgröße
settings-text-size-small = Klein
settings-text-size-medium = Mittel
settings-text-size-large = Groß
settings-text-size-xlarge = Sehr groß
settings-contrast = Hoher Kontrast
settings-motion = Weniger Bewegung
settings-data-file = Wo deine Daten liegen
settings-data-file-hint = Eine Datei auf diesem Computer. Nichts wird irgendwohin geschickt.
settings-guest-data = Was du als Gast machst, wird nach dem Schließen von Klar nicht aufbewahrt.
settings-delete-learner = Diese Person und alle ihre Daten löschen
settings-delete-confirm-title = { $name } löschen?
settings-delete-confirm-body = Damit werden Fortschritt, Quiz-Antworten und Gedanken von { $name } auf diesem Computer gelöscht. Das lässt sich nicht rückgängig machen.
settings-delete-confirm = Ja, alles löschen
settings-delete-cancel = Behalten
settings-deleted = Die Person und alle ihre Daten wurden gelöscht.
settings-close = Schließen

## Fehler

error-title = Da ist etwas schiefgegangen
error-not-found = Das gibt es nicht mehr.
error-invalid-input = Das hat nicht geklappt: { $detail }
error-database-newer = Deine Daten wurden mit einer neueren Version von Klar gespeichert. Bitte aktualisiere Klar; an deinen Daten wurde nichts verändert.
error-database-corrupt = Die Datendatei von Klar ist beschädigt. Frühere Kopien liegen im Ordner „backups“ daneben. Bitte hol dir Hilfe, bevor du etwas löschst.
error-database-busy = Die Datendatei von Klar wird gerade benutzt. Warte kurz und versuch es noch einmal.
error-disk-full = Die Festplatte ist voll, deshalb konnte Klar nicht speichern. Mach etwas Platz frei; was schon gespeichert ist, geht nicht verloren.
error-read-only = Klar kann nicht in seinen Datenordner schreiben. Bitte prüf die Zugriffsrechte des Ordners.
error-io = Klar konnte eine Datei nicht lesen oder schreiben: { $detail }
error-lesson-unavailable = Diese Lektion lässt sich gerade nicht öffnen.
error-internal = Ein unerwarteter Fehler ist aufgetreten. Deine gespeicherte Arbeit ist sicher.
error-already-running = Klar ist schon geöffnet. Das offene Fenster wurde nach vorn geholt.
error-dismiss = OK

## Weitere Texte der Oberfläche

error-retry = Noch einmal versuchen

## Klassenraum

mode-choose-title = Wie wird dieser Computer genutzt?
mode-personal = Zu Hause
mode-personal-hint = Eine Person oder wenige Lernende. Ohne Anmeldung.
mode-classroom = Im Klassenzimmer
mode-classroom-hint = Eine Klassenliste. Lernende wählen ihren Namen; eine Lehrkraft sieht den Fortschritt.
mode-library = In einer öffentlichen Bibliothek
mode-library-hint = Nur Gast-Sitzungen. Nichts, was ein Gast tut, wird gespeichert.
idle-warning = Bist du noch da? Diese Sitzung endet in { $count ->
    [one] einer Sekunde
   *[other] { $count } Sekunden
}, und alles darin wird gelöscht.
idle-stay = Ich bin noch da

record-title = Nachweis über eine Schulung zur KI-Kompetenz
record-statement = { $name } hat { $count ->
    [one] eine Lektion
   *[other] { $count } Lektionen
} des Klar-Kurses zum Verstehen und Nutzen von KI abgeschlossen. Dieser Nachweis kann als Beleg für eine Maßnahme zur Förderung der KI-Kompetenz nach Artikel 4 der KI-Verordnung der EU (Verordnung (EU) 2024/1689) dienen.

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
picture-umbrella = Regenschirm
picture-bicycle = Fahrrad

error-admin-pin-wrong = Falsche PIN. { $count ->
    [one] Noch ein Versuch, dann ist die PIN für eine Minute gesperrt.
   *[other] Noch { $count } Versuche, dann ist die PIN für eine Minute gesperrt.
}
error-locked = Zu viele falsche Versuche. Bitte warte { $count ->
    [one] eine Sekunde
   *[other] { $count } Sekunden
} und versuch es dann noch einmal.
error-admin-required = Das kann nur die Lehrkraft. Bitte gib zuerst die Admin-PIN ein.
error-not-allowed-in-mode = So wie dieser Computer eingerichtet ist, geht das nicht.
error-sign-in-wrong = Das war nicht richtig. { $count ->
    [one] Du hast noch einen Versuch.
   *[other] Du hast noch { $count } Versuche.
}
error-sign-in-secret-missing = Deine Lehrkraft hat dein Bild-Passwort oder deine PIN noch nicht eingerichtet. Bitte frag deine Lehrkraft.

## Labor: Datenmarkierer

privacy-kind-name = Name
privacy-why-name = Dein Name verrät, wer du bist. Chats mit Online-Chatbots können gespeichert und von anderen Menschen gelesen werden – zusammen mit anderen Angaben bist du dann leicht zu finden.
privacy-kind-address = Wohnadresse
privacy-why-address = Deine Adresse zeigt, wo du wohnst. Wird dein Chat gespeichert oder gerät er in falsche Hände, können Fremde dein Zuhause finden.
privacy-kind-phone = Telefonnummer
privacy-why-phone = Eine Telefonnummer führt direkt zu dir. Gerät sie in falsche Hände, kann sie für Spam und Betrugsanrufe genutzt werden.
privacy-kind-email = E-Mail-Adresse
privacy-why-email = Eine E-Mail-Adresse enthält oft deinen Namen und ist der Schlüssel zu vielen deiner Konten. Gelangt sie nach außen, bekommst du vielleicht Spam oder gefälschte Nachrichten, die dich hereinlegen sollen.
privacy-kind-iban = Bankverbindung (IBAN)
privacy-why-iban = Die IBAN ist die Nummer deines Bankkontos. Betrüger können damit falsche Lastschriften einrichten oder echt wirkende Betrugsnachrichten schreiben.
privacy-kind-birth-date = Geburtsdatum
privacy-why-birth-date = Banken und Ämter prüfen mit deinem Geburtsdatum, wer du bist. Zusammen mit deinem Namen hilft es anderen, sich als du auszugeben.
privacy-kind-health = Gesundheitsangabe
privacy-why-health = Krankheiten, Behandlungen oder eine Schwangerschaft sind sehr private Angaben. Hast du sie einmal an einen Online-Chatbot geschickt, kannst du nicht mehr bestimmen, wer sie speichert oder liest.
privacy-kind-id-number = Ausweis- oder Steuernummer
privacy-why-id-number = Pass-, Ausweis-, Steuer- und Sozialversicherungsnummern gehören nur dir. Damit könnten andere sich als du ausgeben oder in deinem Namen Verträge abschließen.
