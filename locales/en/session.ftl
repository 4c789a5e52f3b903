## Sessions: the idle rule for classroom learners and guests

error-session-expired = This session ended after { $count } minutes without activity, so that the next person at this PC cannot continue it. Please sign in again.
idle-ended-learner = You were signed out after { $count } minutes without activity. Your work is saved: pick your name to go on.
idle-warning-learner = Are you still there? You will be signed out in { $count } seconds. Your work is saved.
