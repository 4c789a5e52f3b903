// @vitest-environment jsdom
// The lesson's end: the sentence Rust chose, in words with its numbers, and the picture as a table
// whose every cell has a label and a count.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import type { CalibrationView } from '../lib/ipc/bindings/CalibrationView';
import CalibrationCard from './CalibrationCard.svelte';

const sureWrong: CalibrationView = {
  counts: { sure_right: 2, sure_wrong: 1, think_right: 0, think_wrong: 0, guess_right: 1, guess_wrong: 3 },
  sentence: { rule: 'sure_wrong', count: 1, model_lesson: 6 },
};

// A generous limit: the machine that runs the tests may be busy (this measures nothing).
describe('CalibrationCard', { timeout: 30_000 }, () => {
  it('says the sentence with its numbers', () => {
    render(CalibrationCard, { calibration: sureWrong });
    expect(screen.getByTestId('calibration-sentence').textContent).toBe(
      'You were sure and wrong once — just like the model in lesson 6.',
    );
  });

  it('words every rule, plural forms included', () => {
    const cases: [CalibrationView['sentence'], string][] = [
      [{ rule: 'sure_wrong', count: 2, model_lesson: 6 }, 'You were sure and wrong twice — just like the model in lesson 6.'],
      [{ rule: 'sure_wrong', count: 3, model_lesson: null }, 'You were sure and wrong 3 times. Feeling sure does not make an answer right.'],
      [{ rule: 'sure_wrong_here', count: 1 }, 'You were sure and wrong once — just like the model in this lesson.'],
      [{ rule: 'guesses_right', count: 2 }, 'You guessed twice and were right both times — you know more than you think.'],
      [{ rule: 'sure_right', count: 4 }, 'When you were sure, you were right every time (4 times).'],
      [{ rule: 'all_guesses', count: 3, right: 1 }, 'You guessed all 3 answers and got 1 right. Reading the lesson again can make you surer.'],
      [{ rule: 'think', right: 0, total: 1 }, 'You said "I think so" once, and you were wrong.'],
    ];
    for (const [sentence, text] of cases) {
      const { unmount } = render(CalibrationCard, { calibration: { counts: sureWrong.counts, sentence } });
      expect(screen.getByTestId('calibration-sentence').textContent?.replace(/\u2068|\u2069/g, '')).toBe(text);
      unmount();
    }
  });

  it('draws a table with words and counts, not colour alone', () => {
    render(CalibrationCard, { calibration: sureWrong });
    const table = screen.getByRole('table', { name: /how sure you were/ });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent?.trim());
    expect(headers).toEqual(['✓ Right', '✗ Wrong']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(["I'm sure", 'I think so', "I'm guessing"]);
    expect(screen.getByTestId('calibration-sure-right').textContent).toContain('2');
    expect(screen.getByTestId('calibration-sure-wrong').textContent).toContain('1');
    expect(screen.getByTestId('calibration-guess-wrong').getAttribute('data-count')).toBe('3');
    // The dots are decoration; the number says it.
    expect(screen.getByTestId('calibration-guess-wrong').querySelector('[aria-hidden="true"]')?.textContent).toBe('✗✗✗');
  });

  it('says what it will show before any rated answer', () => {
    render(CalibrationCard, { calibration: null });
    expect(screen.getByTestId('calibration-empty').textContent).toContain('say how sure you are');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
