## Wo steht der Computer? Anmelden in der Klasse, Gäste in der Bücherei. Das sehen die Lernenden.
## Die Seiten für Lehrerinnen und Lehrer sind in Standard·deutsch (locales/de/teacher.ftl).

mode-choose-legend = Wähl 1 Antwort
mode-continue = Weiter
settings-mode = Wo steht der Computer?
settings-mode-change = Das ändern
settings-mode-hint = Achtung: Klar meldet dann alle Personen ab.
settings-mode-save = Ändern

classroom-title = Wer bist du?
classroom-pick-name = Tipp auf deinen Namen.
classroom-empty = Hier ist noch niemand. Deine Lehrerin oder dein Lehrer schreibt die Namen in die Liste.
classroom-hello = Hallo, { $name }!
classroom-pictures-prompt = Tipp auf deine 3 Bilder. Achte auf die Reihen·folge.
classroom-pin-prompt = Deine Geheim·zahl (PIN)
classroom-sign-in = Anmelden
pictures-chosen = Du hast diese Bilder schon gewählt
pictures-empty-slot = Noch frei
pictures-clear = Neu anfangen

library-title = Willkommen!
library-start = Als Gast lernen
library-guest-note = Du lernst hier als Gast. Klar speichert nichts. Klar löscht alles in diesen Fällen: Du meldest dich ab. Du machst 10 Minuten nichts. Klar geht zu.
library-guest-banner = Du bist ein Gast. Klar löscht alles in diesen Fällen: Du meldest dich ab. Du machst 10 Minuten nichts.
idle-title = Bist du noch da?
idle-ended = Du hast 10 Minuten nichts gemacht. Darum ist die Zeit als Gast vorbei. Klar hat alles gelöscht.

teacher-button = Lehrerin oder Lehrer
teacher-col-lesson = Lektion
teacher-col-time = Zeit

record-lessons = Fertige Lektionen: { $done } von { $total }. Zeit: { $minutes ->
    [one] 1 Minute.
   *[other] { $minutes } Minuten.
}
record-none = Noch keine Lektion fertig.
record-col-completed = Fertig am
record-col-topics = Themen
record-topics-title = Themen aus den fertigen Lektionen

card-prompt = Meine Bilder für Klar. In dieser Reihen·folge:

reflect-share = Meiner Lehrerin oder meinem Lehrer zeigen
reflect-shared = Deine Lehrerin oder dein Lehrer kann diese Gedanken lesen.

data-title = Meine Daten
data-hint = Klar speichert alles über dich als Dateien: deine Lektionen, deine Antworten und deine Gedanken. Du wählst den Ordner für die Dateien.
data-export = Meine Daten speichern
data-exported = { $count ->
    [one] Klar hat 1 Datei gespeichert: { $files }
   *[other] Klar hat { $count } Dateien gespeichert: { $files }
}
file-saved = Gespeichert. Die Datei heißt: { $file }

## Schutz beim Anmelden

error-locked-minutes = Du hast zu oft falsch getippt. Warte { $count ->
    [one] 1 Minute.
   *[other] { $count } Minuten.
} Dann probier es noch mal.
settings-delete-ask-teacher = In einer Klasse darf nur die Lehrerin oder der Lehrer eine Person löschen. Frag deine Lehrerin oder deinen Lehrer.
