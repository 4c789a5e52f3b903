# The curriculum's topic codes (A1 … F4), as shown on certificates, teacher pages and summaries.

topic-a1 = Spot AI in daily life, including where it is invisible
topic-a2 = What "intelligence" means; narrow and general AI; hype and reality
topic-a3 = Kinds of AI: rules, machine learning, deep learning, generative AI, robots
topic-a4 = Why AI sounds human and is not a person
topic-b1 = Data, training, model, prediction
topic-b2 = Train your own classifier and watch it fail
topic-b3 = Representations: features, tokens, embeddings
topic-b4 = Language models predict the next token
topic-b5 = Tokenization costs differ between languages
topic-b6 = Humans in the loop: labelling, feedback, hidden work
topic-c1 = Strengths and weaknesses; when not to use AI
topic-c2 = Hallucinations and how to check
topic-c3 = Bias and fairness: data, labels, proxies
topic-c4 = Confidence is not correctness; black boxes
topic-c5 = Persuasive design and flattery
topic-d1 = Privacy: what you type may be stored; local and cloud AI
topic-d2 = Security: prompt injection, jailbreaks, leaks
topic-d3 = Deepfakes and synthetic media; labels and provenance
topic-d4 = AI-text detectors are unreliable
topic-d5 = Mis- and disinformation at scale
topic-d6 = Over-reliance: keep your own skills
topic-d7 = Authorship, copyright, disclosing AI use
topic-d8 = AI agents that act for you: permissions, confirmations, hidden instructions, liability
topic-e1 = Rights: automated decisions, GDPR, AI Act
topic-e2 = Work and society: jobs, public services, accountability
topic-e3 = Environment: energy, water, hardware
topic-e4 = Inclusion: languages, accessibility, who is missing from the data
topic-e5 = Where to complain and get help
topic-f1 = Prompting as clear communication, then checking
topic-f2 = Creating with AI while keeping control
topic-f3 = Designing an AI solution: problem, data, risks
topic-f4 = Desirable futures; taking part; AI for the common good

summary-title = Lesson summary
summary-in-short = In short
summary-takeaway = A habit to keep
summary-think = Questions to think about
summary-topics = Topics
summary-print = Print
summary-printed-from = From the Klar course · { $date }
teachers-open = For teachers
glossary-all = All terms
glossary-open = Glossary
page-back = Back
page-back-lesson = Back to the lesson
glossary-filter = Find a term
glossary-count = { $count ->
    [one] { $count } term
   *[other] { $count } terms
}
glossary-none = No term matches your search.
