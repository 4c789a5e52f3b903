## Die Kopien der Datendatei: Wiederherstellen beim Start und in den Einstellungen

error-data-missing = Die Datendatei von Klar fehlt oder ist leer. Klar hat Kopien davon aufbewahrt, du musst also nichts verlieren.
restore-title = Deine Klar-Daten fehlen
restore-intro = Klar findet seine Datendatei nicht, oder sie ist leer. Klar hat Kopien davon aufbewahrt. Du kannst die neueste Kopie zurückholen.
restore-newest = Neueste Kopie zurückholen (vom { $date })
restore-none-good = Keine der Kopien lässt sich lesen. Bitte hol dir Hilfe, bevor du mit einem leeren Klar anfängst.
restore-other-copies = Andere Kopien
restore-copy = Kopie vom { $date }
restore-copy-size = { $kib } KB
restore-copy-damaged = Beschädigt
restore-this = Diese Kopie zurückholen
restore-empty = Mit einem leeren Klar anfangen
restore-empty-warning = Klar startet dann ohne Lernende und ohne Fortschritt, und jemand Neues kann diesen Computer einrichten. Wähl das nur, wenn die alten Daten wirklich nicht mehr gebraucht werden.
restore-empty-confirm = Ja, leer anfangen
restore-empty-cancel = Zurück
backups-title = Sicherungskopien
backups-intro = Klar bewahrt Kopien seiner Daten auf. Wenn du eine Kopie zurückholst, ersetzt sie alles, was jetzt gespeichert ist. Klar macht vorher eine Kopie der jetzigen Daten.
backups-none = Es gibt noch keine Kopien.
backups-restore = Zurückholen
backups-confirm = Alle Daten durch die Kopie vom { $date } ersetzen?
backups-confirm-yes = Ja, zurückholen
backups-cancel = Abbrechen
backups-restored = Die Kopie wurde zurückgeholt. Bitte melde dich neu an.
