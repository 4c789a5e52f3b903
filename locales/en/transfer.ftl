## Importing a progress file: the preview shown before anything changes.

import-preview-title = Import this progress file?
import-preview-intro = Nothing has changed yet. Check what this file would do, then choose Import or Cancel.
import-preview-source = Exported on { $date } from { $device }.
import-preview-source-unnamed = Exported on { $date }.
import-preview-kind-class = A whole class
import-preview-kind-learner = One learner's progress
import-preview-kind-learner-data = All of one learner's data
import-preview-counts = New learners: { $added }. Updated: { $updated }. Unchanged: { $unchanged }.
import-preview-nothing-new = This file holds nothing new for this computer.
import-preview-new = New
import-preview-updated = Updated
import-preview-name-in-file = Name in the file: { $name }
import-preview-look-alike = Someone else here has the same name. Make sure this really is a different person.
import-preview-look-alikes = Names that look like someone else's: { $count }. Please check them before you import.
import-preview-completed = Will be marked as done:
import-preview-other-lessons = Lessons this computer does not have: { $count }
import-preview-details = Lessons: { $lessons } · answers: { $answers } · reflections: { $reflections }
import-preview-confirm = Import
import-preview-cancel = Cancel
error-import-expired = This import is no longer waiting (it was confirmed, cancelled or left open too long). Please choose the file again.

## A teacher's export of one learner: private reflections stay out of it.

teacher-export-learner-data = Export data (JSON and CSV, shared reflections only)
