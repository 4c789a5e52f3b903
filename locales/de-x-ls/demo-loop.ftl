## Eine Übung in einer Lektion: Erst raten. Dann ausprobieren. Dann dein Ergebnis ansehen.

demo-loop-predict-title = Erst raten
demo-loop-predict-hint = Hier gibt es kein Richtig. Und kein Falsch. Was denkst du? Wähl eine Antwort. Dann probier es aus.
demo-loop-your-guess = Das hast du geraten:
demo-loop-change = Anders raten
demo-loop-run-title = Jetzt ausprobieren
demo-loop-run-after-guess = Rate zuerst. Dann kommt die Übung.
demo-loop-debrief-title = Was hast du gesehen?
demo-loop-you-expected = Das hast du gedacht:
demo-loop-debrief-hint = Denk kurz darüber nach. Oder sprich mit einer anderen Person darüber. Deine Zahlen bleiben auf diesem Computer.
demo-loop-debrief-waiting = Probier zuerst die Übung aus. Dann steht hier dein Ergebnis.
demo-loop-record-failed = Klar kann dein Ergebnis nicht speichern. Der Grund: { $message }

## Die Prüfung mit einer Karte mit echten Fakten: Was du markiert hast. Und was auf der Karte steht.
demo-loop-your-mark = Deine Antwort: { $mark }.
demo-loop-card-says = Die Karte sagt: { $card }.
demo-loop-card-silent = Auf der Karte steht dazu nichts. Du musst das woanders prüfen.
