## Sitzungen: die Regel bei Inaktivität für Lernende in der Klasse und für Gäste

error-session-expired = Diese Sitzung wurde nach { $count ->
    [one] einer Minute
   *[other] { $count } Minuten
} ohne Aktivität beendet, damit die nächste Person an diesem Computer sie nicht fortsetzen kann. Bitte melde dich wieder an.
idle-ended-learner = Du wurdest nach { $count ->
    [one] einer Minute
   *[other] { $count } Minuten
} ohne Aktivität abgemeldet. Deine Arbeit ist gespeichert: Wähle deinen Namen, um weiterzumachen.
idle-warning-learner = Bist du noch da? In { $count ->
    [one] einer Sekunde
   *[other] { $count } Sekunden
} wirst du abgemeldet. Deine Arbeit ist gespeichert.
