// @vitest-environment jsdom
// "How sure are you?": Check waits for a confidence on a scored question's first answer, sends it,
// and never asks on a warm-up or a retry.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { AnswerView } from '../../lib/ipc/bindings/AnswerView';
import type { StepBody } from '../../lib/ipc/bindings/StepBody';
import type { StepView } from '../../lib/ipc/bindings/StepView';

const ipc = vi.hoisted(() => ({ quizAnswer: vi.fn() }));
vi.mock('../../lib/ipc/player', () => ipc);
vi.mock('../../lib/state/player.svelte', () => ({ player: { applyAnswer: vi.fn() } }));
vi.mock('../../lib/state/notice.svelte', () => ({ notices: { showError: vi.fn() } }));

import QuizStep from './QuizStep.svelte';

// jsdom has no CSS.escape (the retry button uses it to focus the first option).
globalThis.CSS ??= { escape: (s: string) => s } as unknown as typeof CSS;

type Quiz = Extract<StepBody, { kind: 'quiz' }>;

function quiz(scored: boolean, answer: AnswerView | null = null): { step: StepView; body: Quiz } {
  const body: Quiz = {
    kind: 'quiz',
    question_html: '<p>Which one?</p>',
    multiple: false,
    scored,
    options: [
      { id: 'a', html: 'Option A' },
      { id: 'b', html: 'Option B' },
    ],
    answer,
  };
  return { step: { uuid: 'q-1', id: 'q1', text_locale: 'en', body }, body };
}

const wrongSure: AnswerView = {
  chosen: ['a'],
  correct: false,
  first_try_correct: false,
  attempts: 1,
  feedback: [{ option: 'a', html: '<p>Not this one.</p>' }],
  correct_options: [],
  confidence: 'sure',
  calibration: null,
};

const check = () => screen.getByTestId('quiz-check') as HTMLButtonElement;

// A generous limit: the machine that runs the tests may be busy (this measures nothing).
describe('QuizStep asks how sure the learner is', { timeout: 30_000 }, () => {
  beforeEach(() => ipc.quizAnswer.mockReset());

  it('keeps Check disabled until an option and a confidence are chosen, then sends both', async () => {
    ipc.quizAnswer.mockResolvedValue(wrongSure);
    render(QuizStep, { lessonUuid: 'L', ...quiz(true) });
    expect(screen.getByRole('group', { name: 'How sure are you?' })).toBeTruthy();
    await fireEvent.click(screen.getByTestId('option-a'));
    expect(check().disabled).toBe(true);
    // Three choices, each with its words (not colour alone), reachable as a radio group.
    const radios = screen.getAllByRole('radio', { name: /sure|think so|guessing/i });
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['sure', 'think', 'guess']);
    await fireEvent.click(screen.getByRole('radio', { name: "I'm sure" }));
    expect(check().disabled).toBe(false);
    await fireEvent.click(check());
    expect(ipc.quizAnswer).toHaveBeenCalledWith('L', 'q-1', ['a'], 'sure');
    expect((await screen.findByTestId('confidence-said')).textContent).toContain("I'm sure");
    expect(screen.queryByTestId('confidence')).toBeNull();
  });

  it('does not ask again on a retry', async () => {
    ipc.quizAnswer.mockResolvedValue({ ...wrongSure, chosen: ['b'], correct: true, attempts: 2 });
    render(QuizStep, { lessonUuid: 'L', ...quiz(true, wrongSure) });
    await fireEvent.click(screen.getByTestId('quiz-retry'));
    expect(screen.queryByTestId('confidence')).toBeNull();
    await fireEvent.click(screen.getByTestId('option-b'));
    expect(check().disabled).toBe(false);
    await fireEvent.click(check());
    expect(ipc.quizAnswer).toHaveBeenCalledWith('L', 'q-1', ['b'], null);
  });

  it('does not ask on a warm-up', async () => {
    ipc.quizAnswer.mockResolvedValue({ ...wrongSure, correct: true, confidence: null });
    render(QuizStep, { lessonUuid: 'L', ...quiz(false) });
    expect(screen.queryByTestId('confidence')).toBeNull();
    await fireEvent.click(screen.getByTestId('option-a'));
    await fireEvent.click(check());
    expect(ipc.quizAnswer).toHaveBeenCalledWith('L', 'q-1', ['a'], null);
  });
});
