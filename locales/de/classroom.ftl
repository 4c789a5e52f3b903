## Gerätemodus, Anmeldung in der Klasse, Gäste in der Bibliothek, Lehrkraft-Ansicht

mode-choose-legend = Bitte eins auswählen
mode-pin-hint = Nur wer diesen Computer einrichtet, sollte diese PIN kennen. Sie öffnet die Lehrkraft-Ansicht und wird gebraucht, um den Modus zu ändern.
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
library-guest-note = An diesem Computer lernst du als Gast. Nichts von dem, was du tust, wird behalten: Es wird gelöscht, wenn du dich abmeldest, nach 10 Minuten ohne Aktivität und wenn Klar geschlossen wird.
library-guest-banner = Du bist Gast. Alles, was du hier tust, wird gelöscht, wenn du dich abmeldest oder nach 10 Minuten ohne Aktivität.
idle-title = Noch da?
idle-ended = Die Gast-Sitzung wurde nach 10 Minuten ohne Aktivität beendet. Alles darin wurde gelöscht.

teacher-button = Lehrkraft
teacher-pin-title = Lehrkraft-Ansicht
teacher-pin-submit = Lehrkraft-Ansicht öffnen
teacher-badge = Lehrkraft
teacher-lock = Lehrkraft-Ansicht verlassen
teacher-title = Deine Klasse
teacher-export-csv = Tabelle exportieren (CSV)
teacher-export-class = Fortschritt der Klasse exportieren
teacher-import = Fortschritt importieren
teacher-add-done = Fertig
teacher-sign-in-toggle = Lernende melden sich mit Bild-Passwort oder PIN an
teacher-report-title = Fortschritt
teacher-report-hint = Der CSV-Export enthält genau diese Tabelle. Wähle einen Namen, um die Seite der lernenden Person zu sehen.
teacher-no-learners = Noch keine Lernenden. Trage die Lernenden deiner Klasse mit „Neu anlegen“ ein.
teacher-difficult-title = Schwierige Fragen
teacher-difficult-none = Noch keine Frage wurde beim ersten Versuch falsch beantwortet.
teacher-difficult-count = Beim ersten Versuch falsch: { $wrong } von { $answered } Lernenden
teacher-imported = Fortschritt importiert: { $added } neue Lernende, { $updated } aktualisiert, { $lessons } Lektionen zusammengeführt.
teacher-back-class = Zurück zur Klasse
teacher-learner-summary = Lektionen fertig: { $done } von { $total } · Lernzeit: { $minutes } Min.
teacher-record = Nachweis der abgeschlossenen Lektionen
teacher-export-learner = Fortschritt exportieren
teacher-export-data = Alle Daten exportieren (JSON und CSV)
teacher-delete = Person löschen
teacher-secret-title = Anmeldung
teacher-secret-none = Noch kein Bild-Passwort und keine PIN.
teacher-secret-pictures = Meldet sich mit einem Bild-Passwort an.
teacher-secret-pin = Meldet sich mit einer PIN an.
teacher-secret-off-hint = Die Anmeldung mit Bild-Passwort oder PIN ist für die Klasse ausgeschaltet; die Lernenden wählen nur ihren Namen.
teacher-set-pictures = Bild-Passwort festlegen
teacher-set-pin = PIN festlegen
teacher-clear-secret = Anmeldung entfernen
teacher-pictures-help = Wähle drei Bilder in einer Reihenfolge für { $name }. Danach kannst du sie als Karte drucken.
teacher-pin-label = PIN (4 bis 8 Ziffern)
teacher-secret-save = Speichern
teacher-secret-saved = Anmeldung gespeichert.
teacher-lessons-title = Lektionen
teacher-col-lesson = Lektion
teacher-col-state = Stand
teacher-col-score = Punkte
teacher-col-time = Zeit
teacher-shared-title = Geteilte Reflexionen
teacher-shared-none = Diese Person hat keine Reflexion geteilt. Reflexionen bleiben privat, außer die lernende Person teilt sie.

record-lessons = Abgeschlossene Lektionen: { $done } von { $total } ({ $minutes } Min.)
record-none = Noch keine Lektion abgeschlossen.
record-col-completed = Abgeschlossen am
record-col-topics = Themen
record-topics-title = Behandelte Themen

card-title = Karte mit dem Bild-Passwort
card-once = Drucke diese Karte jetzt: Das Bild-Passwort wird so gespeichert, dass niemand es zurücklesen kann. Die Karte lässt sich später nicht mehr anzeigen.
card-prompt = Meine Bilder für Klar, in dieser Reihenfolge:

reflect-share = Mit meiner Lehrkraft teilen
reflect-shared = Deine Lehrkraft kann diese Reflexion lesen.

data-title = Meine Daten
data-hint = Speichere alles, was Klar über dich speichert (Fortschritt, Antworten, Reflexionen), als JSON- und CSV-Dateien in einem Ordner deiner Wahl.
data-export = Meine Daten exportieren
data-exported = { $count } Dateien gespeichert: { $files }
file-saved = Gespeichert als { $file }.

## Sign-in protection: escalating locks, the admin PIN's length, failed attempts, idle sign-out

error-locked-minutes = Zu viele falsche Versuche. Bitte warte { $count ->
    [one] eine Minute
   *[other] { $count } Minuten
} und versuch es dann noch einmal.
admin-pin-enter-label = Admin-PIN
admin-pin-new-label = Admin-PIN (6 bis 8 Ziffern)
teacher-sign-in-off-explain = Ohne Anmeldung kann jede Person an diesem Computer einen beliebigen Namen wählen und die Lektionen und privaten Reflexionen dieser Mitschülerin oder dieses Mitschülers öffnen.
teacher-sign-in-off-title = Anmeldung ausschalten?
teacher-sign-in-off-confirm = Anmeldung ausschalten
teacher-sign-in-keep = Anmeldung eingeschaltet lassen
teacher-sign-in-off-warning = Die Anmeldung ist ausgeschaltet. Jede Person an diesem Computer kann die Lektionen und privaten Reflexionen aller anderen öffnen.
teacher-attempts-title = Anmeldung
teacher-attempts-missing = { $count ->
    [one] Eine Person hat noch kein Bild-Passwort und keine PIN und kann sich nicht anmelden.
   *[other] { $count } Personen haben noch kein Bild-Passwort und keine PIN und können sich nicht anmelden.
} Wähle einen Namen, um eines festzulegen.
teacher-col-learner = Person
teacher-col-sign-in = Anmeldung
teacher-col-failed = Falsche Versuche
teacher-col-last-failed = Letzter falscher Versuch
teacher-col-locked = Gesperrt
teacher-sign-in-none = Noch keine
teacher-sign-in-pictures = Bild-Passwort
teacher-sign-in-pin = PIN
teacher-locked-minutes = { $count } Min.
teacher-attempts-hint = Falsche Versuche zählen seit der letzten erfolgreichen Anmeldung. Mehrere falsche Versuche können bedeuten, dass sich jemand als diese Person anmelden wollte.
teacher-admin-failed = { $count ->
    [one] Seit die Lehrkraft-Ansicht zuletzt geöffnet wurde, wurde einmal eine falsche Admin-PIN eingegeben (zuletzt: { $time }).
   *[other] Seit die Lehrkraft-Ansicht zuletzt geöffnet wurde, wurde { $count }-mal eine falsche Admin-PIN eingegeben (zuletzt: { $time }).
}
teacher-pin-short = Deine Admin-PIN hat weniger als 6 Ziffern und ist deshalb leicht zu erraten. Bitte wähle eine neue PIN mit 6 bis 8 Ziffern.
teacher-pin-change = Admin-PIN ändern
teacher-pin-changed = Die Admin-PIN wurde geändert.
teacher-idle-label = Lernende nach so vielen Minuten ohne Aktivität abmelden
teacher-idle-hint = 1 bis 240 Minuten. Dann findet die nächste Person an diesem Computer die Arbeit der vorigen nicht mehr offen vor.
teacher-idle-save = Speichern
teacher-idle-saved = Die Zeit wurde gespeichert.
teacher-added-no-secret = { $name } wurde eingetragen. Lege jetzt ein Bild-Passwort oder eine PIN fest, damit sich { $name } anmelden kann.
teacher-set-sign-in-now = Anmeldung jetzt festlegen
teacher-learner-failed = Falsche Versuche seit der letzten erfolgreichen Anmeldung: { $count }
teacher-learner-last-failed = Letzter falscher Versuch: { $time }
teacher-learner-locked = Gesperrt: Der nächste Versuch ist in { $count } Min. möglich.
teacher-secret-none-required = { $name } kann sich erst anmelden, wenn du ein Bild-Passwort oder eine PIN festlegst.
settings-delete-ask-teacher = In einer Klasse kann nur die Lehrkraft eine Person löschen. Bitte frag deine Lehrkraft.
