## Die Kopien von deinen Daten: beim Start und in den Einstellungen

error-data-missing = Klar findet deine Daten nicht. Aber Klar hat Kopien von den Daten. Du kannst die Daten zurückholen.
restore-title = Deine Daten von Klar fehlen
restore-intro = Klar findet die Datei mit deinen Daten nicht. Oder die Datei ist leer. Aber Klar hat Kopien von der Datei. Du kannst die neueste Kopie zurückholen.
restore-newest = Neueste Kopie zurückholen (vom { $date })
restore-none-good = Klar kann keine Kopie lesen. Frag zuerst eine Person um Hilfe. Erst dann darfst du Klar leer starten.
restore-other-copies = Andere Kopien
restore-copy = Kopie vom { $date }
restore-copy-size = { $kib } KB
restore-copy-damaged = Kaputt
restore-this = Diese Kopie zurückholen
restore-empty = Klar leer starten
restore-empty-warning = Achtung: Klar startet dann ganz leer. Alle Personen und alle Lektionen sind weg. Eine neue Person richtet den Computer ein. Niemand braucht die alten Daten? Nur dann wähl das.
restore-empty-confirm = Ja, leer starten
restore-empty-cancel = Zurück
backups-title = Kopien
backups-intro = Klar macht Kopien von den Daten. Du holst eine Kopie zurück? Dann ersetzt die Kopie alle Daten von jetzt. Vorher macht Klar eine Kopie von den Daten von jetzt.
backups-none = Es gibt noch keine Kopien.
backups-restore = Zurückholen
backups-confirm = Alle Daten durch die Kopie vom { $date } ersetzen?
backups-confirm-yes = Ja, zurückholen
backups-cancel = Abbrechen
backups-restored = Klar hat die Kopie zurückgeholt. Melde dich wieder an.
