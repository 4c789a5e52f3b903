## „Wie sicher bist du?“ vor dem Prüfen einer gewerteten Antwort, und am Ende einer Lektion: wie
## sicher du warst und wie es ausging (nur erste Antworten).

calibration-ask = Wie sicher bist du?
calibration-ask-hint = Wähle eins aus, dann prüfe deine Antwort.
calibration-sure = Ich bin sicher
calibration-think = Ich glaube schon
calibration-guess = Ich rate
calibration-you-said = Du hast gesagt: { $confidence }
calibration-title = Wie sicher warst du?
calibration-table = Deine ersten Antworten in dieser Lektion: wie sicher du warst und ob sie richtig waren
calibration-right = Richtig
calibration-wrong = Falsch
calibration-empty = Beantworte die Fragen und sag, wie sicher du bist. Hier siehst du dann, wie gut dein Gefühl gestimmt hat.
calibration-sure-wrong = Du warst { $count ->
    [one] einmal
    [2] zweimal
   *[other] { $count }-mal
} sicher und lagst falsch – genau wie das Modell in Lektion { $lesson }.
calibration-sure-wrong-plain = Du warst { $count ->
    [one] einmal
    [2] zweimal
   *[other] { $count }-mal
} sicher und lagst falsch. Sich sicher fühlen macht eine Antwort nicht richtig.
calibration-sure-wrong-here = Du warst { $count ->
    [one] einmal
    [2] zweimal
   *[other] { $count }-mal
} sicher und lagst falsch – genau wie das Modell in dieser Lektion.
calibration-guesses-right = { $count ->
    [one] Du hast einmal geraten und lagst richtig
    [2] Du hast zweimal geraten und lagst beide Male richtig
   *[other] Du hast { $count }-mal geraten und lagst jedes Mal richtig
} – du weißt mehr, als du denkst.
calibration-sure-right = { $count ->
    [one] Du warst einmal sicher, und du lagst richtig.
   *[other] Wenn du sicher warst, lagst du jedes Mal richtig ({ $count }-mal).
}
calibration-all-guesses = { $count ->
    [one] Du hast bei deiner einzigen Antwort geraten, und sie war { $right ->
        [0] falsch
       *[other] richtig
    }. Wenn du die Lektion noch einmal liest, wirst du sicherer.
   *[other] Du hast bei allen { $count } Antworten geraten und { $right } richtig gehabt. Wenn du die Lektion noch einmal liest, wirst du sicherer.
}
calibration-think-result = { $total ->
    [one] Du hast einmal „Ich glaube schon“ gesagt, und du lagst { $right ->
        [0] falsch
       *[other] richtig
    }.
   *[other] Du hast { $total }-mal „Ich glaube schon“ gesagt und lagst davon { $right }-mal richtig.
}
