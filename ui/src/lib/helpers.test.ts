import { describe, expect, it } from 'vitest';
import { cardAction, clampStep, showScore, suggestedLesson } from './course';
import { formatDate, formatSavedTime } from './format';
import { pushReturn } from './pages';
import { linkAction } from './lessonLinks';
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

describe('suggestedLesson', () => {
  it('prefers a lesson in progress', () => {
    expect(suggestedLesson([card(1, { state: 'done' }), card(2), card(3, { state: 'in_progress' })])).toBe(3);
  });
  it('skips unavailable lessons', () => {
    expect(suggestedLesson([card(1, { uuid: null, unavailable_reason: 'x' }), card(2)])).toBe(2);
  });
  it('suggests nothing when all are done', () => {
    expect(suggestedLesson([card(1, { state: 'done' })])).toBeNull();
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

describe('linkAction', () => {
  it('recognizes glossary links', () => {
    expect(linkAction('#glossary/next-token-prediction')).toEqual({ kind: 'glossary', term: 'next-token-prediction' });
  });
  it('keeps every other link inert', () => {
    expect(linkAction('https://example.org/')).toEqual({ kind: 'inert', href: 'https://example.org/' });
    expect(linkAction(null)).toEqual({ kind: 'inert', href: '' });
  });
});

describe('formatSavedTime', () => {
  const now = new Date(2025, 2, 12, 15, 0).getTime();
  it('shows only the time for today', () => {
    expect(formatSavedTime(new Date(2025, 2, 12, 14, 5).getTime(), 'de', now)).toBe('14:05');
  });
  it('adds the date for another day', () => {
    expect(formatSavedTime(new Date(2025, 2, 10, 9, 30).getTime(), 'en', now)).toMatch(/2025/);
  });
});

describe('formatDate', () => {
  const day = new Date(2025, 2, 12, 15, 0).getTime();
  it('writes the date out in the conventions of the language', () => {
    expect(formatDate(day, 'en')).toBe('March 12, 2025');
    expect(formatDate(day, 'de')).toBe('12. März 2025');
  });
  it('falls back for an unknown tag', () => {
    expect(formatDate(day, 'not a tag!')).toMatch(/2025/);
  });
});

describe('pushReturn', () => {
  const home = { screen: 'home', focus: 'summary-open-1' } as const;
  it('remembers where a page was opened', () => {
    expect(pushReturn([], home, 'summary')).toEqual([home]);
  });
  it('stacks a page opened from another page', () => {
    const stack = pushReturn([], home, 'summary');
    const fromSummary = { screen: 'summary', focus: 'open-glossary' };
    expect(pushReturn(stack, fromSummary, 'glossary')).toEqual([home, fromSummary]);
  });
  it('keeps Back where it led when the same page shows other content', () => {
    const stack = [home];
    expect(pushReturn(stack, { screen: 'summary', focus: null }, 'summary')).toEqual([home]);
  });
  it('goes back down instead of building a loop', () => {
    const stack = [home, { screen: 'summary', focus: null }];
    expect(pushReturn(stack, { screen: 'glossary', focus: null }, 'summary')).toEqual([home]);
  });
});
