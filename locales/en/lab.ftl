## The AI lab: words every demo shares

lab-title = AI lab
lab-intro = Try real AI on this PC. Nothing you type here leaves the computer. The small language model runs right here, so it is slow and often wrong – and that is part of what you learn.
lab-open = Open the lab
lab-back-to-lab = All demos
lab-model-line = Language model: { $file } ({ $size } MB)
lab-model-none = No language model is installed yet. The demos that need one explain how to add it; the others work without it.
lab-needs-model = needs the language model
lab-no-model-needed = works without a language model

lab-loading-model = Loading the language model… (only the first time)
lab-working = Working…
lab-stopping = Stopping…
lab-stop = Stop
lab-model-missing-hint = A teacher or administrator can copy the model file into that folder (see the README: “cargo xtask fetch-models” downloads it once). Everything else in Klar keeps working without it.
# The label on every answer a model writes.
lab-ai-label = Written by an AI – it can be wrong
lab-english-note = The small model on this PC learned mostly English, so prompts here are in English. In other languages it writes much worse – try it and see.
lab-prompt = Start of a text
lab-temperature = Temperature
lab-temperature-cold = cold: always the likeliest word
lab-temperature-hot = hot: more surprising
lab-seed = Seed
lab-new-seed = New seed
lab-generate = Generate
lab-settings = Settings
lab-chars-left = { $count ->
    [one] { $count } character left
   *[other] { $count } characters left
}
lab-goal-done = Done: { $goal }

## Next-token explorer
lab-nt-show = Show the next tokens
lab-nt-undo = Undo last token
lab-nt-start-over = Start over
lab-nt-so-far = The text so far
lab-nt-bars-title = What could come next (temperature { $temperature })
lab-nt-pick = Pick “{ $token }”
lab-nt-rest = All other tokens together: { $percent }.
lab-nt-pick-hint = Click a bar to pick that token yourself.
lab-nt-generate-title = Let the model continue
lab-nt-seed-used = Written with seed { $seed } at temperature { $temperature }. The same seed gives the same text again; a new seed gives a different one.

## Chat
lab-chat-system = What the model was told before the chat (system message)
lab-chat-you = You
lab-chat-model = Small AI model
lab-chat-writing = The model is writing…
lab-chat-stopped = Stopped
lab-chat-why = Why did it say that?
lab-chat-why-hide = Hide the probabilities
lab-chat-why-title = How sure was the model, word by word?
lab-chat-why-explain = Marked pieces were unlikely even for the model: it picked them by chance. Click a piece to see what else it considered.
lab-chat-why-token = “{ $token }” had a probability of { $percent }. Most likely at this point:
lab-chat-message = Your message
lab-chat-send = Send
lab-chat-start-over = Start a new chat

## Errors of the lab
lab-error-model-missing = The language model is not installed on this PC. It belongs in the folder { $folder } (file { $file }).
lab-error-io = The model file { $file } cannot be read.
lab-error-bad-model-file = The file { $file } is not a usable language model (it may be damaged or incomplete). Copy it again.
lab-error-unsupported-model = The file { $file } is a kind of model Klar cannot run. Klar runs llama-type models in GGUF format.
lab-error-out-of-memory = There is not enough free memory for the model: it needs about { $needed } MB, only { $available } MB are free. Close other programs and try again.
lab-error-context-exceeded = This is too long for the model: { $tokens } tokens, it can handle { $context }. Start a new chat or shorten the text.
lab-error-too-long = That is too long: { $chars } characters, at most { $max }.
lab-error-invalid-input = This input cannot be used. Check it and try again.
lab-error-compute = The model ran into a problem while computing. Try again; if it happens again, restart Klar.
lab-error-cancelled = Stopped.
