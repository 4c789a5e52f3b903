// @vitest-environment jsdom
// The teacher's "how sure the class was" table: right and wrong per level, in words for screen readers.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import ClassCalibration from './ClassCalibration.svelte';
import type { QuestionCalibration } from '../lib/ipc/bindings/QuestionCalibration';

const zero = { sure_right: 0, sure_wrong: 0, think_right: 0, think_wrong: 0, guess_right: 0, guess_wrong: 0 };
const q = (n: number, counts: Partial<typeof zero>): QuestionCalibration => ({
  lesson_uuid: 'l',
  lesson_number: 6,
  question_uuid: `q${n}`,
  question_number: n,
  counts: { ...zero, ...counts },
});

describe('ClassCalibration', { timeout: 30_000 }, () => {
  it('shows right and wrong per level in words for screen readers, and only rated questions', () => {
    const { getAllByTestId, container } = render(ClassCalibration, {
      questions: [q(1, { sure_right: 3, sure_wrong: 2, guess_right: 1 }), q(2, {})],
    });
    const rows = getAllByTestId('class-calibration-row');
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('Lesson 6, question 1');
    const cells = rows[0].querySelectorAll('td');
    expect(cells[0].textContent).toContain('✓ 3 · ✗ 2');
    expect(cells[0].querySelector('.visually-hidden')?.textContent).toBe('Right: 3, Wrong: 2');
    // Sure and wrong stands out by weight, not colour alone.
    expect(cells[0].classList.contains('sure-wrong')).toBe(true);
    expect(cells[2].classList.contains('sure-wrong')).toBe(false);
    expect(container.textContent).not.toContain('No learner has said');
  });

  it('says so when nobody has rated an answer yet', () => {
    const { getByTestId } = render(ClassCalibration, { questions: [q(1, {})] });
    expect(getByTestId('class-calibration').textContent).toContain('No learner has said yet how sure they are.');
  });
});
