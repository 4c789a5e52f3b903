## Abmelden nach einer Zeit ohne Aktion: in der Klasse und für Gäste

error-session-expired = Du hast { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
} nichts gemacht. Darum hat Klar dich abgemeldet. Die nächste Person am Computer soll deine Arbeit nicht sehen. Melde dich wieder an.
idle-ended-learner = Du hast { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
} nichts gemacht. Darum hat Klar dich abgemeldet. Deine Arbeit ist gespeichert. Tipp auf deinen Namen. Dann machst du weiter.
idle-warning-learner = Bist du noch da? Klar meldet dich in { $count ->
    [one] 1 Sekunde
   *[other] { $count } Sekunden
} ab. Deine Arbeit ist gespeichert.
