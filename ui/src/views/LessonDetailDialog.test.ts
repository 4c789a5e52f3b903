// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { LessonDetail } from '../lib/ipc/bindings/LessonDetail';

const lesson: LessonDetail = {
  lesson: { uuid: 'lesson-3', number: 3, title: 'Checking answers', topics: [] },
  cell: {
    lesson_uuid: 'lesson-3',
    state: 'done',
    score_correct: 1,
    score_total: 2,
    seconds_spent: 900,
    state_text: 'Done',
    score_text: '1 of 2',
    time_text: '15 min',
  },
  started_ms: Date.UTC(2026, 2, 12, 9),
  completed_ms: Date.UTC(2026, 2, 12, 10),
  questions: [
    {
      question_uuid: 'q1',
      question_html: '<p>What do you check first?</p>',
      first_choice_html: ['<p>Whether it sounds confident</p>'],
      first_try_correct: false,
      last_correct: true,
      attempts: 3,
    },
    { question_uuid: 'q2', question_html: '<p>Who wrote it?</p>', first_choice_html: ['<p>The source</p>'], first_try_correct: true, last_correct: true, attempts: 1 },
  ],
};

const state = vi.hoisted(() => ({
  teacher: { lessonDetail: null as unknown, closeLessonDetail: vi.fn(), openLearnerDetail: vi.fn() },
  nav: { busy: false },
}));
vi.mock('../lib/state/teacher.svelte', () => ({ teacher: state.teacher }));
vi.mock('../lib/state/nav.svelte', () => ({ nav: state.nav }));

import LessonDetailDialog from './LessonDetailDialog.svelte';

describe('LessonDetailDialog', () => {
  beforeAll(() => {
    // jsdom has <dialog> without its modal methods.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });

  it("shows one learner's answers in one lesson: the first choice when it was wrong, and the tries", async () => {
    state.teacher.lessonDetail = { learner: { id: 4, display_name: 'Ayşe', avatar: 'sun', is_guest: false, sign_in: 'none' }, lesson };
    render(LessonDetailDialog);
    const dialog = screen.getByTestId('lesson-detail-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('Ayşe');
    expect(dialog.textContent).toContain('Lesson 3');
    expect(screen.getByTestId('lesson-detail-state').textContent).toBe('Done');
    expect(dialog.textContent).toContain('1 of 2');
    expect(dialog.textContent).toContain('15 min');
    const [first, second] = [...screen.getByTestId('lesson-detail-answers').querySelectorAll(':scope > li')].map((li) => li.textContent ?? '');
    expect(first).toContain('What do you check first?');
    expect(first).toContain('Wrong on the first try');
    expect(first).toContain('3 tries');
    expect(first).toContain('right later');
    expect(first).toContain('Whether it sounds confident');
    expect(second).toContain('Right on the first try');
    expect(second).toContain('1 try');
    expect(second).not.toContain('The source');

    await fireEvent.click(screen.getByTestId('lesson-detail-learner'));
    expect(state.teacher.openLearnerDetail).toHaveBeenCalledWith(4);
    await fireEvent.click(screen.getByTestId('lesson-detail-close'));
    expect(state.teacher.closeLessonDetail).toHaveBeenCalledTimes(1);
  });
});
