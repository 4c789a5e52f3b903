## Device mode, classroom sign-in, library guests, teacher view (see also main.ftl "Classroom")

mode-choose-legend = Choose one
mode-pin-hint = Only the person who sets up this computer should know this PIN. It is needed to open the teacher view and to change the mode.
mode-continue = Continue
settings-mode = Device mode
settings-mode-change = Change device mode
settings-mode-hint = Changing the mode signs out whoever is learning now.
settings-mode-save = Change mode

classroom-title = Who are you?
classroom-pick-name = Pick your name.
classroom-empty = There is nobody in the class list yet. Your teacher adds the learners.
classroom-hello = Hello, { $name }!
classroom-pictures-prompt = Tap your three pictures in the right order.
classroom-pin-prompt = Your PIN
classroom-sign-in = Sign in
pictures-chosen = Pictures chosen so far
pictures-empty-slot = Not chosen yet
pictures-clear = Start again

library-title = Welcome!
library-start = Start as guest
library-guest-note = On this computer you learn as a guest. Nothing you do is kept: it is deleted when you sign out, after 10 minutes without activity, and when Klar closes.
library-guest-banner = You are a guest. Everything you do here is deleted when you sign out or after 10 minutes without activity.
idle-title = Still here?
idle-ended = The guest session ended after 10 minutes without activity. Everything in it has been deleted.

teacher-button = Teacher
teacher-pin-title = Teacher view
teacher-pin-submit = Open teacher view
teacher-badge = Teacher
teacher-lock = Leave teacher view
teacher-title = Your class
teacher-export-csv = Export table (CSV)
teacher-export-class = Export class progress
teacher-import = Import progress
teacher-add-done = Done
teacher-sign-in-toggle = Learners sign in with a picture password or PIN
teacher-report-title = Progress
teacher-report-hint = The CSV export contains exactly this table. Select a name to see the learner's page.
teacher-no-learners = No learners yet. Add the learners of your class with "New learner".
teacher-difficult-title = Difficult questions
teacher-difficult-none = No question has been answered wrongly on the first try yet.
teacher-difficult-count = Wrong on the first try: { $wrong } of { $answered } learners
teacher-imported = Progress imported: { $added } new learners, { $updated } updated, { $lessons } lessons merged.
teacher-back-class = Back to the class
teacher-learner-summary = Lessons done: { $done } of { $total } · Time spent: { $minutes } min
teacher-record = Record of completed lessons
teacher-export-learner = Export progress
teacher-export-data = Export all data (JSON and CSV)
teacher-delete = Delete learner
teacher-secret-title = Sign-in
teacher-secret-none = No picture password or PIN yet.
teacher-secret-pictures = Signs in with a picture password.
teacher-secret-pin = Signs in with a PIN.
teacher-secret-off-hint = Sign-in with a picture password or PIN is turned off for the class; learners only pick their name.
teacher-set-pictures = Set picture password
teacher-set-pin = Set PIN
teacher-clear-secret = Remove sign-in
teacher-pictures-help = Choose three pictures in order for { $name }. You can print them as a card afterwards.
teacher-pin-label = PIN (4 to 8 digits)
teacher-secret-save = Save
teacher-secret-saved = Sign-in saved.
teacher-lessons-title = Lessons
teacher-col-lesson = Lesson
teacher-col-state = Status
teacher-col-score = Score
teacher-col-time = Time
teacher-shared-title = Shared reflections
teacher-shared-none = This learner has not shared a reflection. Reflections stay private unless the learner shares them.

record-lessons = Completed lessons: { $done } of { $total } ({ $minutes } min)
record-none = No lesson completed yet.
record-col-completed = Completed on
record-col-topics = Topics
record-topics-title = Topics covered

card-title = Picture password card
card-once = Print this card now: the picture password is stored in a form nobody can read back, so the card cannot be shown again later.
card-prompt = My pictures for Klar, in this order:

reflect-share = Share with my teacher
reflect-shared = Your teacher can read this reflection.

data-title = My data
data-hint = Save everything Klar keeps about you (progress, answers, reflections) as JSON and CSV files in a folder you choose.
data-export = Export my data
data-exported = { $count } files saved: { $files }
file-saved = Saved as { $file }.

## Sign-in protection: escalating locks, the admin PIN's length, failed attempts, idle sign-out

error-locked-minutes = Too many wrong tries. Please wait { $count ->
    [one] one minute
   *[other] { $count } minutes
} and try again.
admin-pin-enter-label = Admin PIN
admin-pin-new-label = Admin PIN (6 to 8 digits)
teacher-sign-in-off-explain = Without sign-in, anyone at this computer can pick any name and open that classmate's lessons and private reflections.
teacher-sign-in-off-title = Turn off sign-in?
teacher-sign-in-off-confirm = Turn off sign-in
teacher-sign-in-keep = Keep sign-in on
teacher-sign-in-off-warning = Sign-in is off. Anyone at this computer can open any classmate's lessons and private reflections.
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
teacher-admin-failed = { $count ->
    [one] Since the teacher view was last opened, a wrong admin PIN was entered once (last time: { $time }).
   *[other] Since the teacher view was last opened, a wrong admin PIN was entered { $count } times (last time: { $time }).
}
teacher-pin-short = Your admin PIN has fewer than 6 digits, which makes it easy to guess. Please choose a new PIN with 6 to 8 digits.
teacher-pin-change = Change admin PIN
teacher-pin-changed = The admin PIN has been changed.
teacher-idle-label = Sign learners out after this many minutes without activity
teacher-idle-hint = From 1 to 240 minutes. Then the next person at this computer does not find the previous learner's work open.
teacher-idle-save = Save
teacher-idle-saved = The idle time has been saved.
teacher-added-no-secret = { $name } has been added. Set a picture password or PIN now, so that { $name } can sign in.
teacher-set-sign-in-now = Set sign-in now
teacher-learner-failed = Wrong tries since the last successful sign-in: { $count }
teacher-learner-last-failed = Last wrong try: { $time }
teacher-learner-locked = Locked: the next try is possible in { $count } min.
teacher-secret-none-required = { $name } cannot sign in until you set a picture password or PIN.
settings-delete-ask-teacher = In a classroom, only the teacher can delete a learner. Please ask your teacher.
