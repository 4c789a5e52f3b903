## Das KI-Labor: Texte, die alle Experimente gemeinsam nutzen

lab-title = KI-Labor
lab-intro = Probier echte KI auf diesem Computer aus. Nichts, was du hier eingibst, verlässt den Computer. Das kleine Sprachmodell läuft direkt hier – deshalb ist es langsam und liegt oft falsch. Auch das gehört zu dem, was du lernst.
lab-open = Labor öffnen
lab-back-to-lab = Alle Experimente
lab-model-line = Sprachmodell: { $file } ({ $size } MB)
lab-model-none = Es ist noch kein Sprachmodell installiert. Die Experimente, die eins brauchen, erklären, wie man es hinzufügt; die anderen funktionieren auch ohne.
lab-needs-model = braucht das Sprachmodell
lab-desc-next-token = Sieh dir an, welche Wörter laut Modell als Nächstes kommen könnten – und wie die Temperatur die Wahrscheinlichkeiten verändert.
lab-desc-tokenizer = Sieh dir an, wie das Modell Text in Tokens zerlegt – und warum manche Sprachen mehr kosten als andere.
lab-desc-chat = Chatte mit einer kleinen KI, die auf diesem Computer läuft, und sieh, wie sicher sie sich bei jedem Wort war.
lab-desc-hallucination = Frag nach einer Person, die es nie gab, und prüf jede Behauptung anhand einer Quelle.
lab-desc-bias-probe = Vergleiche, wie wahrscheinlich nach Sätzen über verschiedene Berufe ein männliches oder ein weibliches Wort als Nächstes kommt.
lab-desc-classifier = Male Bilder, trainiere damit deine eigene kleine KI und teste sie.
lab-desc-detector = Bewerte einen Text so, wie es „KI-Detektoren“ tun – und sieh, warum sie Menschen zu Unrecht beschuldigen.
lab-desc-injection = Versuch, eine KI so auszutricksen, dass sie ein Geheimnis verrät – Level für Level.
lab-desc-privacy = Sieh, welche persönlichen Daten in einer Nachricht stecken, bevor du sie abschickst.
lab-desc-energy = Miss, wie viel Energie eine Antwort auf diesem Computer braucht, und rechne das hoch.
lab-no-model-needed = funktioniert ohne Sprachmodell

lab-loading-model = Das Sprachmodell wird geladen … (nur beim ersten Mal)
lab-working = Wird berechnet …
lab-stopping = Wird angehalten …
lab-stop = Anhalten
lab-model-missing-hint = Bitte wende dich an deine Lehrkraft. Wer diesen Computer betreut, kann die Modelldatei in diesen Ordner kopieren. Alles andere in Klar funktioniert auch ohne das Modell.
lab-ai-label = Von einer KI geschrieben – kann falsch sein
lab-english-note = Das kleine Modell auf diesem Computer hat vor allem Englisch gelernt, deshalb sind die Prompts hier auf Englisch. In anderen Sprachen schreibt es viel schlechter – probier es ruhig aus.
lab-multilingual-note = Hier antwortet das mehrsprachige Modell. Es hat viele Sprachen gelernt, deshalb kannst du in deiner eigenen Sprache schreiben.
lab-prompt = Textanfang
lab-temperature = Temperatur
lab-temperature-cold = kalt: immer das wahrscheinlichste Wort
lab-temperature-hot = heiß: überraschender
lab-seed = Startwert (Seed)
lab-new-seed = Neuer Seed
lab-generate = Erzeugen
lab-settings = Einstellungen
lab-chars-left = { $count ->
    [one] Noch { $count } Zeichen
   *[other] Noch { $count } Zeichen
}
lab-goal-reached = Gut gemacht – du hast ausprobiert, worum es in diesem Experiment geht. Mach weiter, wenn du so weit bist.

## Was kommt als Nächstes?

lab-nt-show = Nächste Tokens zeigen
lab-nt-undo = Letztes Token zurücknehmen
lab-nt-start-over = Von vorn anfangen
lab-nt-so-far = Der Text bisher
lab-nt-bars-title = Was als Nächstes kommen könnte (Temperatur { $temperature })
lab-nt-pick = „{ $token }“ wählen
lab-nt-rest = Alle anderen Tokens zusammen: { $percent }.
lab-nt-pick-hint = Klick auf einen Balken, um dieses Token selbst zu wählen.
lab-nt-generate-title = Das Modell weiterschreiben lassen
lab-nt-seed-used = Geschrieben mit Seed { $seed } bei Temperatur { $temperature }. Derselbe Seed ergibt wieder denselben Text, ein neuer Seed einen anderen.

## Chat

lab-chat-system = Was dem Modell vor dem Chat gesagt wurde (Systemnachricht)
lab-chat-you = Du
lab-chat-model = Kleines KI-Modell
lab-chat-writing = Das Modell schreibt …
lab-chat-stopped = Angehalten
lab-chat-why = Warum hat es das geschrieben?
lab-chat-why-hide = Wahrscheinlichkeiten ausblenden
lab-chat-why-title = Wie sicher war sich das Modell, Wort für Wort?
lab-chat-why-explain = Markierte Stücke waren sogar für das Modell unwahrscheinlich: Es hat sie zufällig ausgewählt. Klick auf ein Stück, um zu sehen, was es sonst noch in Betracht gezogen hat.
lab-chat-why-token = „{ $token }“ hatte eine Wahrscheinlichkeit von { $percent }. An dieser Stelle am wahrscheinlichsten:
lab-chat-message = Deine Nachricht
lab-chat-send = Senden
lab-chat-start-over = Neuen Chat beginnen

## Fehler im Labor

lab-error-model-missing = Das Sprachmodell ist auf diesem Computer nicht installiert. Es gehört in den Ordner { $folder } (Datei { $file }).
lab-error-io = Die Modelldatei { $file } lässt sich nicht lesen.
lab-error-bad-model-file = Die Datei { $file } ist kein brauchbares Sprachmodell (vielleicht ist sie beschädigt oder unvollständig). Kopier sie noch einmal.
lab-error-unsupported-model = Die Datei { $file } enthält eine Art von Modell, die Klar nicht ausführen kann. Klar führt Modelle vom Typ Llama im GGUF-Format aus.
lab-error-out-of-memory = Für das Modell ist nicht genug Arbeitsspeicher frei: Es braucht etwa { $needed } MB, frei sind nur { $available } MB. Schließ andere Programme und versuch es noch einmal.
lab-error-context-exceeded = Das ist zu lang für das Modell: { $tokens } Tokens, es schafft höchstens { $context }. Beginne einen neuen Chat oder kürze den Text.
lab-error-too-long = Das ist zu lang: { $chars } Zeichen, höchstens { $max }.
lab-error-invalid-input = Diese Eingabe lässt sich nicht verwenden. Prüf sie und versuch es noch einmal.
lab-error-too-few-classes = Ein Klassifikator braucht mindestens { $min } Klassen.
lab-error-too-many-classes = Ein Klassifikator kann höchstens { $max } Klassen haben.
lab-error-class-name-empty = Jede Klasse braucht einen Namen.
lab-error-class-name-too-long = Ein Klassenname darf höchstens { $max } Zeichen lang sein.
lab-error-duplicate-class-name = Zwei Klassen heißen beide „{ $class }“. Gib jeder Klasse einen eigenen Namen.
lab-error-unknown-class = Eine Zeichnung gehört zu einer Klasse, die es nicht mehr gibt. Entferne sie und versuch es noch einmal.
lab-error-too-few-drawings = { $count ->
    [one] „{ $class }“ hat { $count } Zeichnung, braucht aber mindestens { $needed }.
   *[other] „{ $class }“ hat { $count } Zeichnungen, braucht aber mindestens { $needed }.
}
lab-error-too-many-drawings = „{ $class }“ hat zu viele Zeichnungen: höchstens { $max } pro Klasse.
lab-error-empty-drawing = Die Zeichnung ist leer. Zeichne zuerst etwas.
lab-error-drawing-too-complex = Diese Zeichnung hat zu viele Linien. Leere die Fläche und zeichne sie noch einmal, aber einfacher.
lab-error-bad-point = Ein Teil der Zeichnung liegt außerhalb der Zeichenfläche. Leere die Fläche und zeichne noch einmal.
lab-error-compute = Beim Rechnen ist im Modell ein Problem aufgetreten. Versuch es noch einmal; wenn es wieder passiert, starte Klar neu.
lab-error-cancelled = Angehalten.

## Datenmarkierer

lab-privacy-message = Die Nachricht, die du an einen Online-Chatbot schicken willst
lab-privacy-check = Vor dem Senden prüfen
lab-privacy-placeholders = Markierte Daten durch Platzhalter ersetzen
lab-privacy-offline = Nichts wird irgendwohin geschickt: Die Prüfung läuft auf diesem Computer, ganz ohne KI-Modell.
lab-privacy-found = { $count ->
    [0] Keine persönlichen Daten gefunden
    [one] { $count } persönliche Angabe gefunden
   *[other] { $count } persönliche Angaben gefunden
}
lab-privacy-none = Der Datenmarkierer hat nichts gefunden. Lies die Nachricht selbst noch einmal: Verrät sie trotzdem, wer jemand ist?
lab-privacy-truncated = Von diesem langen Text wurde nur der Anfang geprüft.
lab-privacy-limits = Der Datenmarkierer folgt festen Regeln und übersieht manches: einen Namen ohne „Herr“, „Frau“ oder „ich heiße“, eine ungewöhnliche Schreibweise einer Straße, Einzelheiten, die jemanden auch ohne Namen erkennbar machen. Was du abschickst, entscheidest weiterhin du.

## Trainiere deine eigene KI

lab-classifier-step-classes = 1. Benenne deine Klassen
lab-classifier-class-name = Name von Klasse { $number }
lab-classifier-count = { $count } von { $needed } Zeichnungen
lab-classifier-add-class = Klasse hinzufügen
lab-classifier-remove-class = Entfernen
lab-classifier-skewed = Für diese Lektion sind die Daten absichtlich ungleich verteilt: Zeichne nur zwei Beispiele für „{ $class }“ und mehr für die anderen Klassen.
lab-classifier-step-draw = 2. Zeichne Beispiele
lab-classifier-pad = Zeichenfläche: Zeichne mit der Maus, einem Stift oder dem Finger
lab-classifier-add-as = Als „{ $class }“ hinzufügen
lab-classifier-clear = Leeren
lab-classifier-delete-drawing = Diese Zeichnung löschen
lab-classifier-step-train = 3. Trainiere das Modell
lab-classifier-train = Modell trainieren
lab-classifier-not-ready = Jede Klasse braucht zuerst einen Namen und genug Zeichnungen.
lab-classifier-training = Das Modell lernt aus deinen Zeichnungen …
lab-classifier-axis-round = Trainingsrunde
lab-classifier-axis-loss = Fehler (Loss)
lab-classifier-trained = Das Modell wurde in { $seconds } Sekunden trainiert. Bei deinen eigenen Zeichnungen liegt es in { $accuracy } der Fälle richtig – der echte Test sind aber neue Zeichnungen.
lab-classifier-stopped = Training angehalten. Das Modell behält, was es bis jetzt gelernt hat.
lab-classifier-step-test = 4. Teste mit neuen Zeichnungen
lab-classifier-test-pad = Testfläche: Zeichne etwas Neues
lab-classifier-what-is-it = Was ist das?
lab-classifier-always-picks = Das Modell kennt nur deine Klassen und wählt immer eine davon – auch bei einer Zeichnung, die zu keiner passt.
lab-classifier-keep = Meine Zeichnungen auf diesem Computer behalten
lab-classifier-forget = Meine Zeichnungen löschen
lab-classifier-kept = Deine Zeichnungen werden für dich auf diesem Computer aufbewahrt.
lab-classifier-deleted = Deine Zeichnungen sind gelöscht.
lab-classifier-restored = Deine aufbewahrten Zeichnungen sind wieder da.
