## A demo step in a lesson: predict, try it, then look at your own result.

demo-loop-predict-title = First, guess
demo-loop-predict-hint = There is no right or wrong here. Pick what you expect – then try it and see.
demo-loop-your-guess = Your guess:
demo-loop-change = Change my guess
demo-loop-run-title = Now try it
demo-loop-run-after-guess = Make your guess first. Then the demo opens.
demo-loop-debrief-title = What did you see?
demo-loop-you-expected = You expected:
demo-loop-debrief-hint = Think about it for a moment, or talk about it with someone. Your values stay on this PC.
demo-loop-debrief-waiting = When you have tried the demo, your own result appears here.
demo-loop-record-failed = Klar could not keep your result: { $message }

## The hallucination check with a card of real facts: the learner's mark next to the card's.
demo-loop-your-mark = Your mark: { $mark }.
demo-loop-card-says = The card: { $card }.
demo-loop-card-silent = The card says nothing about this – you would have to check it somewhere else.
