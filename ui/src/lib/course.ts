// Small decisions about how to present the course map and the player; pure, so they are tested.
import type { LessonCard } from './ipc/bindings/LessonCard';

export type CardAction = 'open' | 'continue' | 'review';

/** Which button a card shows; none for a lesson that cannot be opened. */
export function cardAction(card: LessonCard): CardAction | null {
  if (card.unavailable_reason != null || card.uuid == null) return null;
  switch (card.state) {
    case 'done':
      return 'review';
    case 'in_progress':
      return 'continue';
    default:
      return 'open';
  }
}

/** Whether to show "X of Y right on the first try". */
export function showScore(card: LessonCard): boolean {
  return card.score_total > 0 && card.state !== 'not_started';
}

/** Keeps a resume index inside the lesson. */
export function clampStep(index: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(Math.max(0, Math.trunc(index)), count - 1);
}
