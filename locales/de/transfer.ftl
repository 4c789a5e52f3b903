## Einen Fortschritt importieren: die Vorschau, bevor sich etwas ändert.

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

## Der Export einer Person durch die Lehrkraft: private Reflexionen bleiben draußen.

teacher-export-learner-data = Daten exportieren (JSON und CSV, nur geteilte Reflexionen)
