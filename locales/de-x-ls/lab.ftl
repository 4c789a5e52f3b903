## Das KI-Labor: Wörter für alle Übungen

lab-title = KI-Labor
lab-intro = Im KI-Labor probierst du echte KI aus. Die KI ist auf diesem Computer. Alles bleibt auf diesem Computer. Das Sprach·modell hier ist klein. Darum ist es langsam. Und es macht oft Fehler. Genau daraus lernst du.
lab-open = KI-Labor öffnen
lab-back-to-lab = Alle Übungen
lab-model-line = Sprach·modell: { $file } ({ $size } MB)
lab-model-none = Auf diesem Computer ist noch kein Sprach·modell. Manche Übungen brauchen ein Sprach·modell. Die anderen Übungen gehen auch so.
lab-needs-model = braucht das Sprach·modell
# Eine Zeile unter dem Namen von jeder Übung.
lab-desc-next-token = Sieh nach: Welche Wörter kommen vielleicht als Nächstes? Und was macht die Temperatur?
lab-desc-tokenizer = Sieh nach: So teilt das Sprach·modell Text in Stücke. Manche Sprachen brauchen dafür mehr Stücke.
lab-desc-chat = Schreib mit einer kleinen KI auf diesem Computer. Sieh nach: Wie sicher war die KI bei jedem Wort?
lab-desc-hallucination = Frag nach einer Person. Die Person gibt es nicht. Prüf jede Aussage mit einer Quelle.
lab-desc-bias-probe = Vergleiche Sätze über Berufe: Schreibt die KI danach eher ein Wort für einen Mann? Oder eher ein Wort für eine Frau?
lab-desc-classifier = Male Bilder. Eine kleine KI lernt aus den Bildern. Dann testest du die KI.
lab-desc-detector = Prüf einen Text wie ein KI-Text-Prüfer. Sieh: Solche Prüfer beschuldigen oft Menschen.
lab-desc-injection = Trick eine KI aus. Sie soll ein Geheimnis verraten. Das Spiel hat mehrere Level.
lab-desc-privacy = Sieh vor dem Senden nach: Welche persönlichen Daten stehen in deiner Nachricht?
lab-desc-energy = Miss den Strom für 1 Antwort auf diesem Computer. Rechne das dann hoch.
lab-no-model-needed = geht ohne Sprach·modell

lab-loading-model = Klar lädt das Sprach·modell … Das dauert nur beim 1. Mal lange.
lab-working = Klar arbeitet …
lab-stopping = Klar hört auf …
lab-stop = Stopp
lab-model-missing-hint = Frag deine Lehrerin oder deinen Lehrer. Oder frag eine andere Person um Hilfe. Alles andere in Klar geht auch ohne Sprach·modell.
# Das steht an jeder Antwort von einem Sprach·modell.
lab-ai-label = Das hat eine KI geschrieben. Es kann falsch sein.
lab-english-note = Das kleine Sprach·modell hat vor allem Englisch gelernt. Darum sind die Texte hier auf Englisch. In anderen Sprachen schreibt es viel schlechter. Probier es aus.
lab-multilingual-note = Hier antwortet ein Sprach·modell für viele Sprachen. Du kannst in deiner Sprache schreiben.
lab-prompt = Anfang von einem Text
lab-temperature = Temperatur
lab-temperature-cold = kalt: immer das wahrscheinlichste Wort
lab-temperature-hot = heiß: mehr Überraschungen
lab-seed = Seed (Zahl für den Würfel)
lab-new-seed = Neuer Seed
lab-generate = Schreiben lassen
lab-settings = Einstellungen
lab-chars-left = { $count ->
    [one] Noch 1 Zeichen frei
   *[other] Noch { $count } Zeichen frei
}
lab-goal-reached = Gut gemacht! Du hast die Übung ausprobiert. Mach weiter, wann du willst.

## Welches Wort kommt als Nächstes?
lab-nt-show = Nächste Tokens zeigen
lab-nt-undo = Letztes Token löschen
lab-nt-start-over = Neu anfangen
lab-nt-so-far = Der Text bis jetzt
lab-nt-bars-title = Das kommt vielleicht als Nächstes (Temperatur { $temperature })
lab-nt-pick = „{ $token }“ nehmen
lab-nt-rest = Alle anderen Tokens zusammen: { $percent }.
lab-nt-pick-hint = Tipp auf einen Balken. Dann nimmst du dieses Token selbst.
lab-nt-generate-title = Das Sprach·modell schreibt weiter
lab-nt-seed-used = Seed: { $seed }. Temperatur: { $temperature }. Der gleiche Seed bringt den gleichen Text. Ein neuer Seed bringt einen neuen Text.

## Chat
lab-chat-system = Das hat das Sprach·modell vor dem Chat gelesen. Das Fachwort dafür: System·nachricht.
lab-chat-you = Du
lab-chat-model = Kleines Sprach·modell
lab-chat-writing = Das Sprach·modell schreibt …
lab-chat-stopped = Gestoppt
lab-chat-why = Warum schreibt es das?
lab-chat-why-hide = Zahlen verstecken
lab-chat-why-title = Wie sicher war das Sprach·modell bei jedem Wort?
lab-chat-why-explain = Manche Stücke sind markiert. Diese Stücke waren auch für das Sprach·modell unwahrscheinlich. Das Sprach·modell hat sie zufällig genommen. Tipp auf ein Stück. Dann siehst du: Diese Stücke waren auch möglich.
lab-chat-why-token = „{ $token }“ hatte eine Wahrscheinlichkeit von { $percent }. Diese Stücke waren an dieser Stelle am wahrscheinlichsten:
lab-chat-message = Deine Nachricht
lab-chat-send = Senden
lab-chat-start-over = Neuer Chat

## Fehler im KI-Labor
lab-error-model-missing = Auf diesem Computer fehlt das Sprach·modell. Die Datei heißt: { $file }. Sie gehört in diesen Ordner: { $folder }. Frag eine Person um Hilfe.
lab-error-io = Klar kann die Datei { $file } nicht lesen. Frag eine Person um Hilfe.
lab-error-bad-model-file = Die Datei { $file } ist kaputt. Oder ein Teil fehlt. Kopiere die Datei noch einmal. Oder frag eine Person um Hilfe.
lab-error-unsupported-model = Klar kann die Datei { $file } nicht benutzen. Klar braucht ein Sprach·modell im Format GGUF. Frag eine Person um Hilfe.
lab-error-out-of-memory = Der Computer hat zu wenig freien Speicher. Das Sprach·modell braucht etwa { $needed } MB. Frei sind nur { $available } MB. Mach andere Programme zu. Dann probier es noch mal.
lab-error-context-exceeded = Der Text ist zu lang für das Sprach·modell. Er hat { $tokens } Tokens. Das Sprach·modell schafft { $context } Tokens. Fang einen neuen Chat an. Oder mach den Text kürzer.
lab-error-too-long = Der Text ist zu lang. Er hat { $chars } Zeichen. Erlaubt sind { $max } Zeichen.
lab-error-invalid-input = Klar kann das so nicht benutzen. Prüf deine Eingabe. Dann probier es noch mal.
lab-error-too-few-classes = Du brauchst mindestens { $min } Gruppen.
lab-error-too-many-classes = Du kannst höchstens { $max } Gruppen machen.
lab-error-class-name-empty = Jede Gruppe braucht einen Namen.
lab-error-class-name-too-long = Ein Gruppen·name darf höchstens { $max } Zeichen haben.
lab-error-duplicate-class-name = 2 Gruppen heißen „{ $class }“. Gib jeder Gruppe einen eigenen Namen.
lab-error-unknown-class = Ein Bild gehört zu einer Gruppe. Die Gruppe gibt es nicht mehr. Lösch das Bild. Dann probier es noch mal.
lab-error-too-few-drawings = „{ $class }“ hat { $count ->
    [one] 1 Bild.
   *[other] { $count } Bilder.
} Die Gruppe braucht mindestens { $needed } Bilder.
lab-error-too-many-drawings = „{ $class }“ hat zu viele Bilder. Erlaubt sind höchstens { $max } Bilder in einer Gruppe.
lab-error-empty-drawing = Das Bild ist leer. Male zuerst etwas.
lab-error-drawing-too-complex = Das Bild hat zu viele Striche. Lösch das Bild. Male es dann einfacher.
lab-error-bad-point = Ein Teil vom Bild ist außerhalb vom Mal·feld. Lösch das Bild. Male es dann noch einmal.
lab-error-compute = Beim Rechnen ist ein Fehler passiert. Probier es noch mal. Der Fehler kommt wieder? Dann mach Klar zu und wieder auf.
lab-error-cancelled = Gestoppt.

## Daten·markierer
lab-privacy-message = Diese Nachricht willst du an einen Chatbot im Internet schicken
lab-privacy-check = Vor dem Senden prüfen
lab-privacy-placeholders = Markierte Daten ersetzen
lab-privacy-offline = Klar schickt nichts weg. Die Prüfung läuft auf diesem Computer. Sie braucht keine KI.
lab-privacy-found = { $count ->
    [0] Klar hat keine persönlichen Daten gefunden
    [one] Klar hat 1 persönliche Angabe gefunden
   *[other] Klar hat { $count } persönliche Angaben gefunden
}
lab-privacy-none = Der Daten·markierer hat nichts gefunden. Lies die Nachricht trotzdem selbst noch einmal. Frag dich: Erkennt ein fremder Mensch die Person in der Nachricht?
lab-privacy-truncated = Der Text ist sehr lang. Klar hat nur den Anfang geprüft.
lab-privacy-limits = Der Daten·markierer folgt Regeln. Er findet nicht alles. Zum Beispiel: einen Namen ohne „Herr“ oder „ich heiße“. Oder eine seltene Schreib·weise von einer Straße. Oder Angaben über eine Person ohne Namen. Du entscheidest selbst: Das schicke ich weg.

## Trainier deine eigene KI
lab-classifier-step-classes = 1. Gib deinen Gruppen Namen
lab-classifier-class-name = Name von Gruppe { $number }
lab-classifier-count = { $count } von { $needed } Bildern
lab-classifier-add-class = Gruppe dazu
lab-classifier-remove-class = Entfernen
lab-classifier-skewed = In dieser Lektion sind die Daten mit Absicht schief. Male nur 2 Bilder für „{ $class }“. Male mehr Bilder für die anderen Gruppen.
lab-classifier-step-draw = 2. Male Beispiele
lab-classifier-pad = Mal·feld: Male mit der Maus, mit einem Stift oder mit dem Finger
lab-classifier-add-as = Zu „{ $class }“ dazu
lab-classifier-clear = Leeren
lab-classifier-delete-drawing = Dieses Bild löschen
lab-classifier-step-train = 3. Trainier die KI
lab-classifier-train = KI trainieren
lab-classifier-not-ready = Jede Gruppe braucht zuerst einen Namen und genug Bilder.
lab-classifier-training = Die KI lernt aus deinen Bildern …
# Die x-Achse von der Fehler·kurve: 1 Runde über alle Bilder.
lab-classifier-axis-round = Lern·runde
# Die y-Achse von der Fehler·kurve.
lab-classifier-axis-loss = Fehler
lab-classifier-trained = Fertig nach { $seconds ->
    [one] 1 Sekunde.
   *[other] { $seconds } Sekunden.
} Bei deinen Bildern liegt die KI so oft richtig: { $accuracy }. Der echte Test sind neue Bilder.
lab-classifier-stopped = Das Training ist gestoppt. Die KI behält: Das hat sie bis jetzt gelernt.
lab-classifier-step-test = 4. Teste mit neuen Bildern
lab-classifier-test-pad = Test·feld: Male etwas Neues
lab-classifier-what-is-it = Was ist das?
lab-classifier-always-picks = Die KI kennt nur deine Gruppen. Sie wählt immer 1 Gruppe. Auch bei einem Bild aus keiner Gruppe.
lab-classifier-keep = Bilder auf diesem Computer behalten
lab-classifier-forget = Meine Bilder löschen
lab-classifier-kept = Klar behält deine Bilder für dich auf diesem Computer.
lab-classifier-deleted = Klar hat deine Bilder gelöscht.
lab-classifier-restored = Deine Bilder sind wieder da.
