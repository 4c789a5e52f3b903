## Leichte Sprache: „Wie sicher bist du?“ vor dem Prüfen von einer Antwort, und am Ende von einer
## Lektion: Wie sicher warst du? Und war die Antwort richtig? (Nur die 1. Antwort zählt.)

calibration-ask = Wie sicher bist du?
calibration-ask-hint = Wähl 1 Knopf. Dann prüf deine Antwort.
calibration-sure = Ich bin sicher
calibration-think = Ich glaube ja
calibration-guess = Ich rate
calibration-you-said = Du hast gesagt: { $confidence }
calibration-title = Wie sicher warst du?
calibration-table = Deine 1. Antworten in dieser Lektion. Wie sicher warst du? War die Antwort richtig?
calibration-right = Richtig
calibration-wrong = Falsch
calibration-empty = Beantworte die Fragen. Sag dabei: Wie sicher bist du? Dann siehst du hier: Hat dein Gefühl gestimmt?
calibration-sure-wrong = { $count ->
    [one] Du warst 1-mal sicher. Aber die Antwort war falsch.
   *[other] Du warst { $count }-mal sicher. Aber die Antworten waren falsch.
} Genau so war es bei der KI in Lektion { $lesson }.
calibration-sure-wrong-plain = { $count ->
    [one] Du warst 1-mal sicher. Aber die Antwort war falsch.
   *[other] Du warst { $count }-mal sicher. Aber die Antworten waren falsch.
} Du fühlst dich sicher? Prüf die Antwort trotzdem.
calibration-sure-wrong-here = { $count ->
    [one] Du warst 1-mal sicher. Aber die Antwort war falsch.
   *[other] Du warst { $count }-mal sicher. Aber die Antworten waren falsch.
} Genau so ist es bei der KI in dieser Lektion.
calibration-guesses-right = { $count ->
    [one] Du hast 1-mal geraten. Die Antwort war richtig.
   *[other] Du hast { $count }-mal geraten. Alle Antworten waren richtig.
} Du weißt mehr, als du denkst.
calibration-sure-right = { $count ->
    [one] Du warst 1-mal sicher. Die Antwort war richtig.
   *[other] Du warst { $count }-mal sicher. Alle { $count } Antworten waren richtig.
}
calibration-all-guesses = { $count ->
    [one] Du hast bei 1 Antwort geraten.
   *[other] Du hast bei allen { $count } Antworten geraten.
} { $right ->
    [0] Keine Antwort war richtig.
    [one] 1 Antwort war richtig.
   *[other] { $right } Antworten waren richtig.
} Lies die Lektion noch mal. Dann wirst du sicherer.
calibration-think-result = { $total ->
    [one] Du hast 1-mal gesagt: Ich glaube ja.
   *[other] Du hast { $total }-mal gesagt: Ich glaube ja.
} { $right ->
    [0] Keine Antwort davon war richtig.
    [one] 1 Antwort davon war richtig.
   *[other] { $right } Antworten davon waren richtig.
}
