import { describe, expect, it } from 'vitest';
import { cardAction, clampStep, showScore } from './course';
import type { LessonCard } from './ipc/bindings/LessonCard';

const card = (number: number, over: Partial<LessonCard> = {}): LessonCard => ({
  number,
  slug: `l${number}`,
  uuid: `u${number}`,
  title: `Lesson ${number}`,
  description: '',
  minutes: 10,
  topics: [],
  state: 'not_started',
  score_correct: 0,
  score_total: 3,
  unavailable_reason: null,
  suggested: false,
  ...over,
});

describe('cardAction', () => {
  it('maps states to buttons', () => {
    expect(cardAction(card(1))).toBe('open');
    expect(cardAction(card(1, { state: 'in_progress' }))).toBe('continue');
    expect(cardAction(card(1, { state: 'done' }))).toBe('review');
  });
  it('offers nothing for an unavailable lesson', () => {
    expect(cardAction(card(1, { uuid: null, unavailable_reason: 'broken' }))).toBeNull();
  });
});

describe('showScore', () => {
  it('only for started lessons with scored questions', () => {
    expect(showScore(card(1))).toBe(false);
    expect(showScore(card(1, { state: 'in_progress' }))).toBe(true);
    expect(showScore(card(1, { state: 'done', score_total: 0 }))).toBe(false);
  });
});

describe('clampStep', () => {
  it('keeps the index inside the lesson', () => {
    expect(clampStep(5, 3)).toBe(2);
    expect(clampStep(-1, 3)).toBe(0);
    expect(clampStep(1, 3)).toBe(1);
    expect(clampStep(4, 0)).toBe(0);
  });
});
