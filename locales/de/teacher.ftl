# Klar – Texte nur für die Seiten von Lehrkraft und Verwaltung: Admin-PIN, Lehrkraft-Ansicht, die
# Seite einer lernenden Person darin, Klassenbericht und CSV, Import von Fortschrittsdateien,
# Seiten für Lehrkräfte. Lernende sehen diese Texte nie; Leichte Sprache (de-x-ls) braucht keine
# eigene Fassung dieser Datei und zeigt diese Texte auf Standarddeutsch.

## Admin-PIN: einen Computer für Klasse oder Bibliothek einrichten, die Lehrkraft-Ansicht öffnen

mode-pin-hint = Nur wer diesen Computer einrichtet, sollte diese PIN kennen. Sie öffnet die Lehrkraft-Ansicht und wird gebraucht, um den Modus zu ändern.
admin-pin-enter-label = Admin-PIN
admin-pin-new-label = Admin-PIN (6 bis 8 Ziffern)
teacher-pin-title = Lehrkraft-Ansicht
teacher-pin-submit = Lehrkraft-Ansicht öffnen
teacher-badge = Lehrkraft
teacher-lock = Lehrkraft-Ansicht verlassen
teacher-pin-short = Deine Admin-PIN hat weniger als 6 Ziffern und ist deshalb leicht zu erraten. Bitte wähle eine neue PIN mit 6 bis 8 Ziffern.
teacher-pin-change = Admin-PIN ändern
teacher-pin-changed = Die Admin-PIN wurde geändert.
teacher-admin-failed = { $count ->
    [one] Seit die Lehrkraft-Ansicht zuletzt geöffnet wurde, wurde einmal eine falsche Admin-PIN eingegeben (zuletzt: { $time }).
   *[other] Seit die Lehrkraft-Ansicht zuletzt geöffnet wurde, wurde { $count }-mal eine falsche Admin-PIN eingegeben (zuletzt: { $time }).
}

## Lehrkraft-Ansicht: die Klasse

teacher-title = Deine Klasse
teacher-export-csv = Tabelle exportieren (CSV)
teacher-export-class = Fortschritt der Klasse exportieren
teacher-import = Fortschritt importieren
teacher-imported = Fortschritt importiert: { $added ->
    [one] { $added } neue Person
   *[other] { $added } neue Personen
}, { $updated } aktualisiert, { $lessons ->
    [one] { $lessons } Lektion
   *[other] { $lessons } Lektionen
} zusammengeführt.
teacher-add-done = Fertig
teacher-added-no-secret = { $name } wurde eingetragen. Lege jetzt ein Bild-Passwort oder eine PIN fest, damit sich { $name } anmelden kann.
teacher-set-sign-in-now = Anmeldung jetzt festlegen
teacher-sign-in-toggle = Lernende melden sich mit Bild-Passwort oder PIN an
teacher-sign-in-off-explain = Ohne Anmeldung kann jede Person an diesem Computer einen beliebigen Namen wählen und die Lektionen und privaten Reflexionen dieser Mitschülerin oder dieses Mitschülers öffnen.
teacher-sign-in-off-title = Anmeldung ausschalten?
teacher-sign-in-off-confirm = Anmeldung ausschalten
teacher-sign-in-keep = Anmeldung eingeschaltet lassen
teacher-sign-in-off-warning = Die Anmeldung ist ausgeschaltet. Jede Person an diesem Computer kann die Lektionen und privaten Reflexionen aller anderen öffnen.
teacher-report-title = Fortschritt
teacher-print-grid = Übersicht drucken
teacher-grid-hint = Ein Feld pro Person und Lektion. Wähle ein Feld, um die Antworten zu sehen, oder einen Namen für die Seite der lernenden Person. Der CSV-Export enthält zusätzlich die Lernzeit pro Lektion.
teacher-grid-legend = Was die Felder zeigen
teacher-grid-score-hint = { $correct }/{ $total } = { $correct } von { $total } Fragen beim ersten Versuch richtig
teacher-grid-cell-label = { $name }, Lektion { $number }: { $state }, { $score }
teacher-grid-cell-label-no-score = { $name }, Lektion { $number }: { $state }
teacher-no-learners = Noch keine Lernenden. Trage die Lernenden deiner Klasse mit „Neu anlegen“ ein.
teacher-difficult-title = Schwierige Fragen
teacher-difficult-none = Noch keine Frage wurde beim ersten Versuch falsch beantwortet.
teacher-difficult-count = Beim ersten Versuch falsch: { $wrong } von { $answered } Lernenden
teacher-difficult-common = { $count ->
    [one] Am häufigsten gewählte falsche Antwort (von einer lernenden Person):
   *[other] Am häufigsten gewählte falsche Antwort (von { $count } Lernenden):
}
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
teacher-idle-label = Lernende nach so vielen Minuten ohne Aktivität abmelden
teacher-idle-hint = 1 bis 240 Minuten. Dann findet die nächste Person an diesem Computer die Arbeit der vorigen nicht mehr offen vor.
teacher-idle-save = Speichern
teacher-idle-saved = Die Zeit wurde gespeichert.

## Lehrkraft-Ansicht: die Seite einer lernenden Person (private Gedanken bleiben aus dem Export draußen)

teacher-back-class = Zurück zur Klasse
teacher-learner-summary = Lektionen fertig: { $done } von { $total } · Lernzeit: { $minutes } Min.
teacher-record = Nachweis der abgeschlossenen Lektionen
teacher-export-learner = Fortschritt exportieren
teacher-export-learner-data = Daten exportieren (JSON und CSV, nur geteilte Reflexionen)
teacher-delete = Person löschen
teacher-secret-title = Anmeldung
teacher-secret-none = Noch kein Bild-Passwort und keine PIN.
teacher-secret-pictures = Meldet sich mit einem Bild-Passwort an.
teacher-secret-pin = Meldet sich mit einer PIN an.
teacher-secret-off-hint = Die Anmeldung mit Bild-Passwort oder PIN ist für die Klasse ausgeschaltet; die Lernenden wählen nur ihren Namen.
teacher-secret-none-required = { $name } kann sich erst anmelden, wenn du ein Bild-Passwort oder eine PIN festlegst.
teacher-learner-failed = Falsche Versuche seit der letzten erfolgreichen Anmeldung: { $count }
teacher-learner-last-failed = Letzter falscher Versuch: { $time }
teacher-learner-locked = Gesperrt: Der nächste Versuch ist in { $count } Min. möglich.
teacher-set-pictures = Bild-Passwort festlegen
teacher-set-pin = PIN festlegen
teacher-clear-secret = Anmeldung entfernen
teacher-pictures-help = Wähle drei Bilder in einer Reihenfolge für { $name }. Danach kannst du sie als Karte drucken.
teacher-pin-label = PIN (4 bis 8 Ziffern)
teacher-secret-save = Speichern
teacher-secret-saved = Anmeldung gespeichert.
teacher-lessons-title = Lektionen
teacher-col-state = Stand
teacher-col-score = Punkte
teacher-shared-title = Geteilte Reflexionen
teacher-shared-none = Diese Person hat keine Reflexion geteilt. Reflexionen bleiben privat, es sei denn, die lernende Person teilt sie.
teacher-detail-started = Begonnen
teacher-detail-completed = Abgeschlossen
teacher-detail-answers = Antworten
teacher-detail-no-answers = In dieser Lektion ist noch keine Frage beantwortet.
teacher-detail-first-right = Beim ersten Versuch richtig
teacher-detail-first-wrong = Beim ersten Versuch falsch
teacher-detail-tries = { $count ->
    [one] 1 Versuch
   *[other] { $count } Versuche
}
teacher-detail-later-right = später richtig
teacher-detail-first-choice = Erste Antwort:
teacher-detail-learner-page = Seite der lernenden Person öffnen
teacher-detail-close = Schließen

## Die Bilderpasswort-Karte auf dem Bildschirm der Lehrkraft (der Satz auf der gedruckten Karte, card-prompt, steht in classroom.ftl)

card-title = Karte mit dem Bild-Passwort
card-once = Drucke diese Karte jetzt: Das Bild-Passwort wird so gespeichert, dass niemand es wieder anzeigen kann. Die Karte lässt sich später nicht mehr anzeigen.

## Klassenbericht und CSV-Export (in Rust gebaut)

report-col-learner = Lernende Person
report-col-state = { $name }: Stand
report-col-score = { $name }: Punkte
report-col-time = { $name }: Zeit
report-score = { $correct } von { $total }
report-minutes = { $minutes } Min.

## Eine Fortschrittsdatei in der Lehrkraft-Ansicht importieren: die Vorschau, bevor sich etwas ändert, und die Fehler beim Import

import-preview-title = Diese Fortschrittsdatei importieren?
import-preview-intro = Noch hat sich nichts verändert. Sieh dir an, was diese Datei tun würde, und wähle dann „Importieren“ oder „Abbrechen“.
import-preview-source = Exportiert am { $date } auf { $device }.
import-preview-source-unnamed = Exportiert am { $date }.
import-preview-kind-class = Eine ganze Klasse
import-preview-kind-learner = Der Fortschritt einer Person
import-preview-kind-learner-data = Alle Daten einer Person
import-preview-counts = Neue Lernende: { $added }. Aktualisiert: { $updated }. Unverändert: { $unchanged }.
import-preview-nothing-new = Diese Datei enthält nichts Neues für diesen Computer.
import-preview-new = Neu
import-preview-updated = Aktualisiert
import-preview-name-in-file = Name in der Datei: { $name }
import-preview-look-alike = Hier gibt es schon jemanden mit dem gleichen Namen. Prüfe, ob das wirklich eine andere Person ist.
import-preview-look-alikes = Namen, die wie der Name einer anderen Person aussehen: { $count }. Bitte prüfe sie vor dem Import.
import-preview-completed = Wird als erledigt markiert:
import-preview-other-lessons = Lektionen, die es auf diesem Computer nicht gibt: { $count }
import-preview-details = Lektionen: { $lessons } · Antworten: { $answers } · Reflexionen: { $reflections }
import-preview-confirm = Importieren
import-preview-cancel = Abbrechen
error-import-expired = Dieser Import wartet nicht mehr (er wurde schon bestätigt, abgebrochen oder zu lange offen gelassen). Bitte wähle die Datei noch einmal aus.
error-import-not-klar = Das ist keine Fortschrittsdatei von Klar. Es wurde nichts verändert.
error-import-newer = Diese Datei stammt von einer neueren Version von Klar. Bitte aktualisiere Klar auf diesem Computer; es wurde nichts verändert.
error-import-corrupt = Diese Fortschrittsdatei ist beschädigt und wurde nicht übernommen. Es wurde nichts verändert. ({ $detail })
error-import-too-large = Diese Datei ist zu groß für eine Fortschrittsdatei von Klar (mehr als { $count } MB). Es wurde nichts verändert.

## Die Seite einer Lektion für Lehrkräfte

teachers-title = Für Lehrkräfte

## Wie sicher die Klasse war („Wie sicher bist du?“ bei den ersten Antworten)
teacher-calibration-title = Wie sicher die Klasse war
teacher-calibration-explain = Bevor eine erste Antwort geprüft wird, sagt jede Person, wie sicher sie ist. Pro Frage: wie viele auf jeder Stufe richtig (✓) und falsch (✗) lagen. „Sicher und falsch“ lohnt ein Gespräch.
teacher-calibration-none = Noch niemand hat angegeben, wie sicher er oder sie ist.
teacher-calibration-question = Frage
teacher-calibration-place = Lektion { $lesson }, Frage { $question }
