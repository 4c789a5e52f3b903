# Klar – user interface strings (English is the template; every other locale follows its ids).

app-title = Klar
app-tagline = Learn to use AI – reflectively and safely.

## First start

language-choose-title = Choose your language
language-choose-hint = You can change it later in the settings.
language-continue = Continue
welcome-title = Welcome to Klar
welcome-body = Klar teaches you how AI works, where it fails and how to use it safely – in short lessons with small experiments on this computer.
welcome-offline = Everything stays on this PC. Klar does not use the internet, and nothing you type leaves this computer.
welcome-start = Let's start

## Learners

learners-title = Who is learning?
learners-new = New learner
learners-guest = Continue as guest
learners-guest-note = As a guest, your work is kept only until Klar is closed.
learners-empty = Nobody has started yet. Create a learner or continue as a guest.
learner-create-title = New learner
learner-name-label = Your name (or a nickname)
learner-name-hint = Only shown on this PC. No e-mail, no birth date.
learner-avatar-label = Pick a picture
learner-create = Create
learner-cancel = Cancel
learner-switch = Switch learner
learner-guest-name = Guest
guest-banner = You are a guest. Your work is kept only until Klar is closed.

avatar-sun = Sun
avatar-moon = Moon
avatar-star = Star
avatar-tree = Tree
avatar-flower = Flower
avatar-leaf = Leaf
avatar-fish = Fish
avatar-mountain = Mountain
avatar-wave = Wave
avatar-heart = Heart
avatar-bolt = Lightning
avatar-cloud = Cloud

## Course map

home-title = Your course
home-lesson-number = Lesson { $number }
home-minutes = { $minutes } min
lesson-state-not-started = Not started
lesson-state-in-progress = In progress
lesson-state-done = Done
lesson-score = { $correct } of { $total } right on the first try
lesson-unavailable = This lesson cannot be opened right now.
lesson-unavailable-reason = Reason: { $reason }
lesson-open = Open
lesson-continue = Continue
lesson-review = Review

## Lesson player

player-back = Back to the course
player-step-of = Step { $current } of { $total }
player-previous = Previous
player-next = Next
player-finish = Finish lesson
player-finished = Lesson finished. Well done!
step-kind-summary = In short
step-kind-takeaway = A habit to keep
step-kind-sources = Sources
# The month the lesson's facts were last checked, e.g. "December 2026" (formatted by the UI).
step-facts-checked = Facts checked: { $month }
quiz-title = Question
quiz-warmup-title = What do you think?
quiz-choose-one = Choose one answer.
quiz-choose-many = Choose all answers that fit.
quiz-check = Check answer
quiz-try-again = Try again
quiz-correct = Correct!
quiz-incorrect = Not quite. Read the feedback and try again.
quiz-warmup-thanks = Thanks – keep your answer in mind as you read on.
quiz-first-try-kept = Your first answer counts for the score; you can still try again.
reflect-title = Your reflection
reflect-private = Private: only you see this, on this PC.
reflect-placeholder = Write your thoughts here…
reflect-save = Save
reflect-saving = Saving…
reflect-saved = Saved at { $time }
reflect-unsaved = Not saved yet
demo-title = Live demo: { $demo }
demo-preset = Preset: { $preset }
demo-task = Your task

demo-name-next-token = Next-token explorer
demo-name-tokenizer = Tokenizer view
demo-name-chat = Chat with the small model
demo-name-hallucination = Hallucination check
demo-name-bias-probe = Bias probe
demo-name-classifier = Train your own classifier
demo-name-detector = AI-text detector
demo-name-injection = Prompt-injection game
demo-name-privacy = Privacy highlighter
demo-name-energy = Energy meter

glossary-title = Glossary
glossary-close = Close

## Settings

settings-title = Settings
settings-language = Language
settings-text-size = Text size
settings-text-size-small = Small
settings-text-size-medium = Medium
settings-text-size-large = Large
settings-text-size-xlarge = Very large
settings-contrast = High contrast
settings-motion = Reduce motion
settings-data-file = Where your data is kept
settings-data-file-hint = One file on this computer. Nothing is sent anywhere.
settings-guest-data = Guest work is not kept on disk after Klar closes.
settings-delete-learner = Delete this learner and all their data
settings-delete-confirm-title = Delete { $name }?
settings-delete-confirm-body = This deletes { $name }'s progress, quiz answers and reflections from this PC. It cannot be undone.
settings-delete-confirm = Yes, delete everything
settings-delete-cancel = Keep
settings-deleted = The learner and all their data were deleted.
settings-close = Close

## Errors (shown to learners)

error-title = Something went wrong
error-not-found = This item no longer exists.
error-invalid-input = That did not work: { $detail }
error-database-newer = Your data was saved by a newer version of Klar. Please update Klar; your data has not been changed.
error-database-corrupt = Klar's data file is damaged. Your earlier copies are kept in the backup folder next to it. Please ask for help before deleting anything.
error-database-busy = Klar's data file is in use. Please wait a moment and try again.
error-disk-full = The disk is full, so Klar could not save. Free some space; nothing already saved is lost.
error-read-only = Klar cannot write to its data folder. Please check the folder's permissions.
error-io = Klar could not read or write a file: { $detail }
error-lesson-unavailable = This lesson cannot be opened right now.
error-internal = An unexpected error happened. Your saved work is safe.
error-already-running = Klar is already open. The open window has been brought to the front.
error-dismiss = OK

## Added for the UI

error-retry = Try again

## Classroom

mode-choose-title = How will this computer be used?
mode-personal = At home
mode-personal-hint = One or a few learners. No sign-in.
mode-classroom = In a classroom
mode-classroom-hint = A class list. Learners pick their name; a teacher sees the progress.
mode-library = In a public library
mode-library-hint = Guest sessions only. Nothing a guest does is kept.
idle-warning = Are you still there? This session ends in { $count } seconds and everything in it is deleted.
idle-stay = I am still here

record-title = Record of AI-literacy training
record-statement = { $name } completed { $count ->
    [one] one lesson
   *[other] { $count } lessons
} of the Klar course on understanding and using AI. This record can serve as evidence of a measure to support AI literacy under Article 4 of the EU AI Act (Regulation (EU) 2024/1689).

picture-apple = Apple
picture-ball = Ball
picture-bird = Bird
picture-boat = Boat
picture-car = Car
picture-cat = Cat
picture-dog = Dog
picture-house = House
picture-key = Key
picture-cup = Cup
picture-umbrella = Umbrella
picture-bicycle = Bicycle

error-admin-pin-wrong = Wrong PIN. { $count ->
    [one] One more try, then the PIN is locked for a minute.
   *[other] { $count } more tries, then the PIN is locked for a minute.
}
error-locked = Too many wrong tries. Please wait { $count ->
    [one] one second
   *[other] { $count } seconds
} and try again.
error-admin-required = Only the teacher can do this. Please enter the admin PIN first.
error-not-allowed-in-mode = This is not possible in the way this computer is set up.
error-sign-in-wrong = That was not right. { $count ->
    [one] You have one more try.
   *[other] You have { $count } more tries.
}
error-sign-in-secret-missing = Your teacher has not set up your picture password or PIN yet. Please ask your teacher.

## Lab: privacy highlighter

privacy-kind-name = Name
privacy-why-name = Your name shows who you are. Chats with online chatbots can be stored and read by other people, and together with other details your name makes you easy to find.
privacy-kind-address = Home address
privacy-why-address = Your address shows where you live. If your chat is stored or leaks, strangers could find your home.
privacy-kind-phone = Phone number
privacy-why-phone = A phone number leads straight to you. If it gets into the wrong hands, it can be used for spam and scam calls.
privacy-kind-email = Email address
privacy-why-email = An email address often contains your name and is the key to many of your accounts. If it gets out, you may receive spam or fake messages that try to trick you.
privacy-kind-iban = Bank account (IBAN)
privacy-why-iban = An IBAN is the number of your bank account. Criminals can use it for fake direct debits or for scam messages that look real.
privacy-kind-birth-date = Date of birth
privacy-why-birth-date = Banks and offices use your date of birth to check who you are. Together with your name, it helps others pretend to be you.
privacy-kind-health = Health information
privacy-why-health = Illnesses, treatments or a pregnancy are very private. Once you send them to an online chatbot, you can no longer control who stores or reads them.
privacy-kind-id-number = ID or tax number
privacy-why-id-number = Passport, ID card, tax and social security numbers belong to you alone. With them, others could pretend to be you or sign contracts in your name.
