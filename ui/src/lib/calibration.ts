// The calibration sentence and picture in words: Rust chooses the rule and the numbers
// (`CalibrationSentence`), the UI only picks the matching Fluent message.
import type { CalibrationCounts } from './ipc/bindings/CalibrationCounts';
import type { CalibrationSentence } from './ipc/bindings/CalibrationSentence';
import type { Confidence } from './ipc/bindings/Confidence';
import type { MessageId } from './i18n/keys';

/** The message and its variables for a sentence (numbers stay numbers, for plural forms). */
export function sentenceMessage(s: CalibrationSentence): { id: MessageId; vars: Record<string, number> } {
  switch (s.rule) {
    case 'sure_wrong':
      return s.model_lesson === null
        ? { id: 'calibration-sure-wrong-plain', vars: { count: s.count } }
        : { id: 'calibration-sure-wrong', vars: { count: s.count, lesson: s.model_lesson } };
    case 'sure_wrong_here':
      return { id: 'calibration-sure-wrong-here', vars: { count: s.count } };
    case 'guesses_right':
      return { id: 'calibration-guesses-right', vars: { count: s.count } };
    case 'sure_right':
      return { id: 'calibration-sure-right', vars: { count: s.count } };
    case 'all_guesses':
      return { id: 'calibration-all-guesses', vars: { count: s.count, right: s.right } };
    case 'think':
      return { id: 'calibration-think-result', vars: { right: s.right, total: s.total } };
  }
}

type ConfidenceLabel = 'calibration-sure' | 'calibration-think' | 'calibration-guess';

/** The three levels in the order they are offered, each with its label. */
export const CONFIDENCES: { value: Confidence; label: ConfidenceLabel }[] = [
  { value: 'sure', label: 'calibration-sure' },
  { value: 'think', label: 'calibration-think' },
  { value: 'guess', label: 'calibration-guess' },
];

/** The picture's rows: per level, how many first answers were right and wrong. */
export function calibrationRows(c: CalibrationCounts): { value: Confidence; label: ConfidenceLabel; right: number; wrong: number }[] {
  const cells: Record<Confidence, [number, number]> = {
    sure: [c.sure_right, c.sure_wrong],
    think: [c.think_right, c.think_wrong],
    guess: [c.guess_right, c.guess_wrong],
  };
  return CONFIDENCES.map(({ value, label }) => ({ value, label, right: cells[value][0], wrong: cells[value][1] }));
}
