## The AI lab: words every demo shares

lab-title = AI lab
lab-intro = Try real AI on this PC. Nothing you type here leaves the computer. The small language model runs right here, so it is slow and often wrong – and that is part of what you learn.
lab-open = Open the lab
lab-back-to-lab = All demos
lab-model-line = Language model: { $file } ({ $size } MB)
lab-model-none = No language model is installed yet. The demos that need one explain how to add it; the others work without it.
lab-needs-model = needs the language model
# One line under each demo's name on the Lab page.
lab-desc-next-token = See which words the model thinks could come next, and how the temperature changes the odds.
lab-desc-tokenizer = See how the model cuts text into tokens – and why some languages cost more than others.
lab-desc-chat = Chat with a small AI that runs on this PC, and see how sure it was of every word.
lab-desc-hallucination = Ask about someone who never existed and check each claim against a source.
lab-desc-bias-probe = Compare how likely a masculine or a feminine next word is after sentences about different jobs.
lab-desc-classifier = Draw pictures, train your own small AI with them, and test it.
lab-desc-detector = Score a text the way “AI detectors” do – and see why they accuse people.
lab-desc-injection = Try to trick an AI into giving away a secret, level by level.
lab-desc-privacy = See which personal data is in a message before you would send it.
lab-desc-energy = Measure the energy one answer takes on this PC, and scale it up.
lab-no-model-needed = works without a language model

lab-loading-model = Loading the language model… (only the first time)
lab-working = Working…
lab-stopping = Stopping…
lab-stop = Stop
lab-model-missing-hint = A teacher or administrator can copy the model file into that folder (see the README: “cargo xtask fetch-models” downloads it once). Everything else in Klar keeps working without it.
# The label on every answer a model writes.
lab-ai-label = Written by an AI – it can be wrong
lab-english-note = The small model on this PC learned mostly English, so prompts here are in English. In other languages it writes much worse – try it and see.
# Replaces lab-english-note when the multilingual model answers the demo.
lab-multilingual-note = Here the multilingual model answers. It learned many languages, so you can write in your own language.
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
lab-goal-reached = Well done – you tried what this demo is about. Go on when you are ready.

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
lab-error-too-few-classes = A classifier needs at least { $min } classes.
lab-error-too-many-classes = A classifier can have at most { $max } classes.
lab-error-class-name-empty = Every class needs a name.
lab-error-class-name-too-long = A class name can have at most { $max } characters.
lab-error-duplicate-class-name = Two classes are both called “{ $class }”. Give each class its own name.
lab-error-unknown-class = A drawing belongs to a class that no longer exists. Remove it and try again.
lab-error-too-few-drawings = “{ $class }” has { $count } drawings, it needs at least { $needed }.
lab-error-too-many-drawings = “{ $class }” has too many drawings: at most { $max } per class.
lab-error-empty-drawing = The drawing is empty. Draw something first.
lab-error-drawing-too-complex = This drawing has too many lines. Clear it and draw it again more simply.
lab-error-bad-point = Part of the drawing is outside the drawing area. Clear it and draw again.
lab-error-compute = The model ran into a problem while computing. Try again; if it happens again, restart Klar.
lab-error-cancelled = Stopped.

## Privacy highlighter
lab-privacy-message = The message you want to send to an online chatbot
lab-privacy-check = Check before sending
lab-privacy-placeholders = Replace the marked data with placeholders
lab-privacy-offline = Nothing is sent anywhere: the check runs on this PC, without any AI model.
lab-privacy-found = { $count ->
    [0] No personal data found
    [one] { $count } piece of personal data found
   *[other] { $count } pieces of personal data found
}
lab-privacy-none = The highlighter found nothing. Read the message again yourself: does it still tell who someone is?
lab-privacy-truncated = Only the beginning of this long text was checked.
lab-privacy-limits = The highlighter follows rules and misses things: a name without “Mr” or “my name is”, a rare street form, details that identify someone without a name. You stay the one who decides what to send.

## Train your own classifier
lab-classifier-step-classes = 1. Name your classes
lab-classifier-class-name = Name of class { $number }
lab-classifier-count = { $count } of { $needed } drawings
lab-classifier-add-class = Add a class
lab-classifier-remove-class = Remove
lab-classifier-skewed = For this lesson the data is lopsided on purpose: draw only two examples of “{ $class }” and more of the others.
lab-classifier-step-draw = 2. Draw examples
lab-classifier-pad = Drawing area: draw with the mouse, a pen or your finger
lab-classifier-add-as = Add as “{ $class }”
lab-classifier-clear = Clear
lab-classifier-delete-drawing = Delete this drawing
lab-classifier-step-train = 3. Train
lab-classifier-train = Train the model
lab-classifier-not-ready = Every class needs a name and enough drawings first.
lab-classifier-training = The model is learning from your drawings…
# The x axis of the loss curve: one round over all drawings.
lab-classifier-axis-round = Training round
# The y axis of the loss curve.
lab-classifier-axis-loss = Error (loss)
lab-classifier-trained = Trained in { $seconds } seconds. On your own drawings it is right { $accuracy } of the time – new drawings are the real test.
lab-classifier-stopped = Training stopped. The model keeps what it learned so far.
lab-classifier-step-test = 4. Test with new drawings
lab-classifier-test-pad = Test area: draw something new
lab-classifier-what-is-it = What is it?
lab-classifier-always-picks = The model only knows your classes and always picks one of them – even for a drawing that is none of them.
lab-classifier-keep = Keep my drawings on this PC
lab-classifier-forget = Delete my drawings
lab-classifier-kept = Your drawings are kept for you on this PC.
lab-classifier-deleted = Your drawings are deleted.
lab-classifier-restored = Your kept drawings are back.
