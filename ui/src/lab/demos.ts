// The eleven demos in the order the Lab page shows them, and which of them need the language model.
export const DEMOS = [
  'next-token',
  'tokenizer',
  'chat',
  'hallucination',
  'bias-probe',
  'classifier',
  'detector',
  'injection',
  'privacy',
  'energy',
  'agent',
] as const;

export type DemoName = (typeof DEMOS)[number];

/** Demos that run without the language model file. */
export const WITHOUT_MODEL: ReadonlySet<string> = new Set(['classifier', 'privacy']);
