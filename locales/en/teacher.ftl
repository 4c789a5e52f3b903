# Klar – strings of the teacher and admin screens only: the admin PIN, the teacher view, a learner's
# page in it, the class report and its CSV, imports of progress files, the teachers' pages.
# A learner never meets these. Leichte Sprache (de-x-ls) needs no copy of this file: it falls back
# to standard German. Every string a learner can meet belongs in one of the other files.

## Admin PIN: setting up a classroom or library PC, and opening the teacher view

mode-pin-hint = Only the person who sets up this computer should know this PIN. It is needed to open the teacher view and to change the mode.
admin-pin-enter-label = Admin PIN
admin-pin-new-label = Admin PIN (6 to 8 digits)
teacher-pin-title = Teacher view
teacher-pin-submit = Open teacher view
teacher-badge = Teacher
teacher-lock = Leave teacher view
teacher-pin-short = Your admin PIN has fewer than 6 digits, which makes it easy to guess. Please choose a new PIN with 6 to 8 digits.
teacher-pin-change = Change admin PIN
teacher-pin-changed = The admin PIN has been changed.
teacher-admin-failed = { $count ->
    [one] Since the teacher view was last opened, a wrong admin PIN was entered once (last time: { $time }).
   *[other] Since the teacher view was last opened, a wrong admin PIN was entered { $count } times (last time: { $time }).
}

## Teacher view: the class

teacher-title = Your class
teacher-export-csv = Export table (CSV)
teacher-export-class = Export class progress
teacher-import = Import progress
teacher-imported = Progress imported: { $added } new learners, { $updated } updated, { $lessons } lessons merged.
teacher-add-done = Done
teacher-added-no-secret = { $name } has been added. Set a picture password or PIN now, so that { $name } can sign in.
teacher-set-sign-in-now = Set sign-in now
teacher-sign-in-toggle = Learners sign in with a picture password or PIN
teacher-sign-in-off-explain = Without sign-in, anyone at this computer can pick any name and open that classmate's lessons and private reflections.
teacher-sign-in-off-title = Turn off sign-in?
teacher-sign-in-off-confirm = Turn off sign-in
teacher-sign-in-keep = Keep sign-in on
teacher-sign-in-off-warning = Sign-in is off. Anyone at this computer can open any classmate's lessons and private reflections.
teacher-report-title = Progress
teacher-print-grid = Print overview
teacher-grid-hint = One box per learner and lesson. Select a box to see the answers, or a name to see the learner's page. The CSV export also holds the time spent on each lesson.
teacher-grid-legend = What the boxes show
teacher-grid-score-hint = { $correct }/{ $total } = { $correct } of { $total } questions right on the first try
teacher-grid-cell-label = { $name }, lesson { $number }: { $state }, { $score }
teacher-grid-cell-label-no-score = { $name }, lesson { $number }: { $state }
teacher-no-learners = No learners yet. Add the learners of your class with "New learner".
teacher-difficult-title = Difficult questions
teacher-difficult-none = No question has been answered wrongly on the first try yet.
teacher-difficult-count = Wrong on the first try: { $wrong } of { $answered } learners
teacher-difficult-common = { $count ->
    [one] The wrong answer chosen most often (by one learner):
   *[other] The wrong answer chosen most often (by { $count } learners):
}
teacher-attempts-title = Sign-in
teacher-attempts-missing = { $count ->
    [one] One learner has no picture password or PIN yet and cannot sign in.
   *[other] { $count } learners have no picture password or PIN yet and cannot sign in.
} Select a name to set one.
teacher-col-learner = Learner
teacher-col-sign-in = Sign-in
teacher-col-failed = Wrong tries
teacher-col-last-failed = Last wrong try
teacher-col-locked = Locked
teacher-sign-in-none = None yet
teacher-sign-in-pictures = Picture password
teacher-sign-in-pin = PIN
teacher-locked-minutes = { $count } min
teacher-attempts-hint = Wrong tries count since the learner's last successful sign-in. Several wrong tries can mean that someone tried to sign in as this learner.
teacher-idle-label = Sign learners out after this many minutes without activity
teacher-idle-hint = From 1 to 240 minutes. Then the next person at this computer does not find the previous learner's work open.
teacher-idle-save = Save
teacher-idle-saved = The idle time has been saved.

## Teacher view: one learner's page (private reflections stay out of the teacher's export)

teacher-back-class = Back to the class
teacher-learner-summary = Lessons done: { $done } of { $total } · Time spent: { $minutes } min
teacher-record = Record of completed lessons
teacher-export-learner = Export progress
teacher-export-learner-data = Export data (JSON and CSV, shared reflections only)
teacher-delete = Delete learner
teacher-secret-title = Sign-in
teacher-secret-none = No picture password or PIN yet.
teacher-secret-pictures = Signs in with a picture password.
teacher-secret-pin = Signs in with a PIN.
teacher-secret-off-hint = Sign-in with a picture password or PIN is turned off for the class; learners only pick their name.
teacher-secret-none-required = { $name } cannot sign in until you set a picture password or PIN.
teacher-learner-failed = Wrong tries since the last successful sign-in: { $count }
teacher-learner-last-failed = Last wrong try: { $time }
teacher-learner-locked = Locked: the next try is possible in { $count } min.
teacher-set-pictures = Set picture password
teacher-set-pin = Set PIN
teacher-clear-secret = Remove sign-in
teacher-pictures-help = Choose three pictures in order for { $name }. You can print them as a card afterwards.
teacher-pin-label = PIN (4 to 8 digits)
teacher-secret-save = Save
teacher-secret-saved = Sign-in saved.
teacher-lessons-title = Lessons
teacher-col-state = Status
teacher-col-score = Score
teacher-shared-title = Shared reflections
teacher-shared-none = This learner has not shared a reflection. Reflections stay private unless the learner shares them.
teacher-detail-started = Started
teacher-detail-completed = Finished
teacher-detail-answers = Answers
teacher-detail-no-answers = No question in this lesson has been answered yet.
teacher-detail-first-right = Right on the first try
teacher-detail-first-wrong = Wrong on the first try
teacher-detail-tries = { $count ->
    [one] 1 try
   *[other] { $count } tries
}
teacher-detail-later-right = right later
teacher-detail-first-choice = First answer:
teacher-detail-learner-page = Open the learner's page
teacher-detail-close = Close

## The picture password card, on screen for the teacher (the printed card's own line, card-prompt, is in classroom.ftl)

card-title = Picture password card
card-once = Print this card now: the picture password is stored in a form nobody can read back, so the card cannot be shown again later.

## The class report and its CSV export (built in Rust)

report-col-learner = Learner
report-col-state = { $name }: status
report-col-score = { $name }: score
report-col-time = { $name }: time
report-score = { $correct } of { $total }
report-minutes = { $minutes } min

## Importing a progress file in the teacher view: the preview shown before anything changes, and the import's errors

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
error-import-not-klar = This is not a Klar progress file. Nothing was changed.
error-import-newer = This file was made by a newer version of Klar. Please update Klar on this computer; nothing was changed.
error-import-corrupt = This progress file is damaged, so it was not imported. Nothing was changed. ({ $detail })
error-import-too-large = This file is too large for a Klar progress file (more than { $count } MB). Nothing was changed.

## A lesson's page for teachers

teachers-title = For teachers

## How sure the class was ("How sure are you?" with the first answers)
teacher-calibration-title = How sure the class was
teacher-calibration-explain = Before checking a first answer, each learner says how sure they are. Per question: how many were right (✓) and wrong (✗) at each level. "Sure and wrong" is worth talking about.
teacher-calibration-none = No learner has said yet how sure they are.
teacher-calibration-question = Question
teacher-calibration-place = Lesson { $lesson }, question { $question }
