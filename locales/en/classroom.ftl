## Device mode, classroom sign-in, library guests, what a learner sees of the classroom (teacher and admin screens: teacher.ftl)

mode-choose-legend = Choose one
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
teacher-col-lesson = Lesson
teacher-col-time = Time

record-lessons = Completed lessons: { $done } of { $total } ({ $minutes } min)
record-none = No lesson completed yet.
record-col-completed = Completed on
record-col-topics = Topics
record-topics-title = Topics covered

card-prompt = My pictures for Klar, in this order:

reflect-share = Share with my teacher
reflect-shared = Your teacher can read this reflection.

data-title = My data
data-hint = Save everything Klar keeps about you (progress, answers, reflections) as JSON and CSV files in a folder you choose.
data-export = Export my data
data-exported = { $count } files saved: { $files }
file-saved = Saved as { $file }.

## Sign-in protection: locks after wrong tries; deleting a learner in a classroom

error-locked-minutes = Too many wrong tries. Please wait { $count ->
    [one] one minute
   *[other] { $count } minutes
} and try again.
settings-delete-ask-teacher = In a classroom, only the teacher can delete a learner. Please ask your teacher.
