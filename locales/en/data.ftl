## The data file's copies: restoring at start-up and in Settings

error-data-missing = Klar's data file is missing or empty. Klar kept copies of it, so nothing needs to be lost.
restore-title = Your Klar data is missing
restore-intro = Klar cannot find its data file, or the file is empty. Klar kept copies of it. You can bring the newest copy back.
restore-newest = Restore the newest copy (from { $date })
restore-none-good = None of the copies can be read. Please ask for help before you start with an empty Klar.
restore-other-copies = Other copies
restore-copy = Copy from { $date }
restore-copy-size = { $kib } KB
restore-copy-damaged = Damaged
restore-this = Restore this copy
restore-empty = Start with an empty Klar
restore-empty-warning = Klar then starts without any learners or progress, and a new person can set up this PC. Only choose this if the old data is really not needed.
restore-empty-confirm = Yes, start empty
restore-empty-cancel = Go back
backups-title = Backups
backups-intro = Klar keeps copies of its data. Restoring a copy replaces everything saved now. Klar first makes a copy of the current data.
backups-none = There are no copies yet.
backups-restore = Restore
backups-confirm = Replace all data with the copy from { $date }?
backups-confirm-yes = Yes, restore
backups-cancel = Cancel
backups-restored = The copy was restored. Please sign in again.
