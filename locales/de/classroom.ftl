## Gerätemodus, Anmeldung in der Klasse, Gäste in der Bibliothek

mode-choose-legend = Bitte eins auswählen
mode-continue = Weiter
settings-mode = Gerätemodus
settings-mode-change = Gerätemodus ändern
settings-mode-hint = Wer gerade lernt, wird beim Ändern des Modus abgemeldet.
settings-mode-save = Modus ändern

classroom-title = Wer bist du?
classroom-pick-name = Wähle deinen Namen.
classroom-empty = In der Klassenliste steht noch niemand. Deine Lehrkraft trägt die Lernenden ein.
classroom-hello = Hallo, { $name }!
classroom-pictures-prompt = Tippe deine drei Bilder in der richtigen Reihenfolge an.
classroom-pin-prompt = Deine PIN
classroom-sign-in = Anmelden
pictures-chosen = Bisher gewählte Bilder
pictures-empty-slot = Noch nicht gewählt
pictures-clear = Neu anfangen

library-title = Willkommen!
library-start = Als Gast beginnen
library-guest-note = An diesem Computer lernst du als Gast. Nichts von dem, was du tust, wird behalten: Es wird gelöscht, wenn du dich abmeldest, nach 10 Minuten ohne Aktivität oder wenn Klar geschlossen wird.
library-guest-banner = Du bist Gast. Alles, was du hier tust, wird gelöscht, wenn du dich abmeldest oder nach 10 Minuten ohne Aktivität.
idle-title = Noch da?
idle-ended = Die Gast-Sitzung wurde nach 10 Minuten ohne Aktivität beendet. Alles darin wurde gelöscht.

teacher-button = Lehrkraft
teacher-col-lesson = Lektion
teacher-col-time = Zeit

record-lessons = Abgeschlossene Lektionen: { $done } von { $total } ({ $minutes } Min.)
record-none = Noch keine Lektion abgeschlossen.
record-col-completed = Abgeschlossen am
record-col-topics = Themen
record-topics-title = Behandelte Themen

card-prompt = Meine Bilder für Klar, in dieser Reihenfolge:

reflect-share = Mit meiner Lehrkraft teilen
reflect-shared = Deine Lehrkraft kann diese Reflexion lesen.

data-title = Meine Daten
data-hint = Exportiere alles, was Klar über dich gespeichert hat (Fortschritt, Antworten, Reflexionen), als JSON- und CSV-Dateien in einem Ordner deiner Wahl.
data-export = Meine Daten exportieren
data-exported = { $count ->
    [one] { $count } Datei gespeichert: { $files }
   *[other] { $count } Dateien gespeichert: { $files }
}
file-saved = Gespeichert als { $file }.

## Schutz der Anmeldung: Sperre nach falschen Versuchen; Lernende in der Klasse löschen

error-locked-minutes = Zu viele falsche Versuche. Bitte warte { $count ->
    [one] eine Minute
   *[other] { $count } Minuten
} und versuch es dann noch einmal.
settings-delete-ask-teacher = In einer Klasse kann nur die Lehrkraft eine Person löschen. Bitte frag deine Lehrkraft.
