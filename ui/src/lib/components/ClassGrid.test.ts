// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { ClassReport } from '../ipc/bindings/ClassReport';
import type { LessonState } from '../ipc/bindings/LessonState';
import type { ReportCell } from '../ipc/bindings/ReportCell';
import ClassGrid from './ClassGrid.svelte';

const words: Record<LessonState, string> = { done: 'Done', in_progress: 'In progress', not_started: 'Not started' };

function cell(n: number, state: LessonState, correct = 0, total = 0): ReportCell {
  return {
    lesson_uuid: `lesson-${n}`,
    state,
    score_correct: correct,
    score_total: total,
    seconds_spent: state === 'not_started' ? 0 : 600,
    state_text: words[state],
    score_text: state === 'not_started' ? '' : `${correct} of ${total}`,
    time_text: state === 'not_started' ? '' : '10 min',
  };
}

function learner(id: number, name: string) {
  return { id, display_name: name, avatar: 'sun', is_guest: false, sign_in: 'none' as const };
}

const report: ClassReport = {
  lessons: [1, 2, 3].map((n) => ({ uuid: `lesson-${n}`, number: n, title: `Lesson title ${n}`, topics: [] })),
  header: [],
  rows: [
    { learner: learner(1, 'Ayşe'), cells: [cell(1, 'done', 7, 9), cell(2, 'in_progress', 2, 8), cell(3, 'not_started')], texts: [] },
    { learner: learner(2, 'Ben'), cells: [cell(1, 'in_progress', 0, 9), cell(2, 'not_started'), cell(3, 'done', 5, 5)], texts: [] },
  ],
};

function setup() {
  const onopencell = vi.fn();
  const onopenlearner = vi.fn();
  render(ClassGrid, { report, labelledby: 'report-title', onopencell, onopenlearner });
  return { onopencell, onopenlearner };
}

describe('ClassGrid', () => {
  afterEach(() => {
    document.documentElement.dir = '';
  });

  it('has one cell per learner and lesson, each with an icon, the state in words and the score', () => {
    setup();
    const grid = screen.getByTestId('class-grid');
    expect(grid.getAttribute('role')).toBe('grid');
    expect(grid.querySelectorAll('tbody td')).toHaveLength(6);
    for (const row of report.rows) {
      row.cells.forEach((c, i) => {
        const button = screen.getByTestId(`grid-cell-${row.learner.id}-${i + 1}`);
        // Never colour alone: an icon for the state and its word, as well as data-state for the colour.
        expect(button.closest('td')?.dataset.state).toBe(c.state);
        expect(button.querySelector(`svg[data-icon="${c.state}"]`)).toBeTruthy();
        expect(button.textContent).toContain(words[c.state]);
      });
    }
    expect(screen.getByTestId('grid-cell-1-1').textContent).toContain('7/9');
    expect(screen.getByTestId('grid-cell-2-3').textContent).toContain('5/5');
    expect(screen.getByTestId('grid-cell-1-3').textContent).not.toMatch(/\d\/\d/);
    // The legend names each state next to its icon.
    const legend = screen.getByTestId('class-grid-legend');
    for (const s of ['done', 'in_progress', 'not_started'] as const) {
      expect(legend.querySelector(`[data-state="${s}"]`)?.textContent).toContain(words[s]);
      expect(legend.querySelector(`[data-state="${s}"] svg[data-icon="${s}"]`)).toBeTruthy();
    }
  });

  it('tells a screen reader the learner, the lesson, the state and the score', () => {
    setup();
    expect(screen.getByTestId('grid-cell-1-1').getAttribute('aria-label')).toBe('Ayşe, lesson 1: Done, 7 of 9');
    expect(screen.getByTestId('grid-cell-1-3').getAttribute('aria-label')).toBe('Ayşe, lesson 3: Not started');
    expect(screen.getByRole('button', { name: 'Ben, lesson 2: Not started' })).toBeTruthy();
    // The icons are decoration for a screen reader: the label says it all.
    expect(screen.getByTestId('grid-cell-1-1').querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('opens a cell’s details on a click, and a learner’s page from the name', async () => {
    const { onopencell, onopenlearner } = setup();
    await fireEvent.click(screen.getByTestId('grid-cell-2-3'));
    expect(onopencell).toHaveBeenCalledWith(2, 'lesson-3');
    await fireEvent.click(screen.getByTestId('grid-learner-1'));
    expect(onopenlearner).toHaveBeenCalledWith(1);
  });

  it('is one Tab stop, and the arrow keys move between cells', async () => {
    setup();
    const tabbable = [...screen.getByTestId('class-grid').querySelectorAll('button')].filter((b) => b.tabIndex === 0);
    expect(tabbable).toEqual([screen.getByTestId('grid-cell-1-1')]);
    screen.getByTestId('grid-cell-1-1').focus();
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByTestId('grid-cell-1-2'));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('grid-cell-2-2'));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement).toBe(screen.getByTestId('grid-learner-2'));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByTestId('grid-cell-2-3'));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    // The last row stays the last.
    expect(document.activeElement).toBe(screen.getByTestId('grid-cell-2-3'));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'Home', ctrlKey: true });
    expect(document.activeElement).toBe(screen.getByTestId('grid-learner-1'));
    // The focused cell is now the grid's Tab stop.
    expect(screen.getByTestId('grid-learner-1').tabIndex).toBe(0);
    expect(screen.getByTestId('grid-cell-1-1').tabIndex).toBe(-1);
  });

  it('mirrors the arrow keys in a right-to-left language', async () => {
    document.documentElement.dir = 'rtl';
    setup();
    screen.getByTestId('grid-cell-1-2').focus();
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(screen.getByTestId('grid-cell-1-3'));
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByTestId('grid-cell-1-1'));
  });
});
