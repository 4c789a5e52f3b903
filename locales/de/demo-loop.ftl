## Eine Übung in einer Lektion: erst schätzen, dann ausprobieren, dann dein eigenes Ergebnis ansehen.

demo-loop-predict-title = Erst schätzen
demo-loop-predict-hint = Hier gibt es kein Richtig oder Falsch. Wähl, was du erwartest – dann probier es aus.
demo-loop-your-guess = Deine Schätzung:
demo-loop-change = Schätzung ändern
demo-loop-run-title = Jetzt ausprobieren
demo-loop-run-after-guess = Schätz zuerst. Dann öffnet sich die Übung.
demo-loop-debrief-title = Was hast du gesehen?
demo-loop-you-expected = Du hast erwartet:
demo-loop-debrief-hint = Denk kurz darüber nach oder sprich mit jemandem darüber. Deine Werte bleiben auf diesem Computer.
demo-loop-debrief-waiting = Sobald du die Übung ausprobiert hast, steht hier dein eigenes Ergebnis.
demo-loop-record-failed = Klar konnte dein Ergebnis nicht speichern: { $message }

## Die Prüfung mit einer Karte echter Fakten: deine Markierung neben der der Karte.
demo-loop-your-mark = Deine Markierung: { $mark }.
demo-loop-card-says = Die Karte: { $card }.
demo-loop-card-silent = Dazu sagt die Karte nichts – das müsstest du woanders prüfen.
