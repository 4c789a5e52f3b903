// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { ImportPreview } from '../lib/ipc/bindings/ImportPreview';

const preview: ImportPreview = {
  token: 't-1',
  kind: 'class',
  device: 'Room 7',
  exported_ms: Date.UTC(2026, 2, 12),
  learners: [
    {
      name: 'Ben',
      name_in_file: null,
      added: true,
      look_alike: true,
      lessons_completed: ['What AI is', 'Checking answers'],
      other_lessons_completed: 1,
      lessons_merged: 3,
      answers_merged: 4,
      reflections_merged: 0,
    },
    {
      name: 'Ada',
      name_in_file: 'Ada L.',
      added: false,
      look_alike: false,
      lessons_completed: [],
      other_lessons_completed: 0,
      lessons_merged: 1,
      answers_merged: 0,
      reflections_merged: 1,
    },
  ],
  learners_added: 1,
  learners_updated: 1,
  learners_unchanged: 5,
  lessons_completed: 3,
  look_alikes: 1,
};

const state = vi.hoisted(() => ({
  teacher: { importPreview: null as unknown, confirmImport: vi.fn(), cancelImport: vi.fn() },
  nav: { busy: false },
}));
vi.mock('../lib/state/teacher.svelte', () => ({ teacher: state.teacher }));
vi.mock('../lib/state/nav.svelte', () => ({ nav: state.nav }));

import ImportPreviewDialog from './ImportPreviewDialog.svelte';

describe('ImportPreviewDialog', () => {
  beforeAll(() => {
    // jsdom has <dialog> without its modal methods.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });

  it('shows who is added or updated, the lessons that become done and look-alike names, then asks', async () => {
    state.teacher.importPreview = preview;
    render(ImportPreviewDialog);
    expect(screen.getByTestId('import-preview-counts').textContent).toMatch(/New learners: \S*1\S*\. Updated: \S*1\S*\. Unchanged: \S*5/);
    expect(screen.getByTestId('import-preview-look-alikes')).toBeTruthy();
    const items = [...screen.getByTestId('import-preview-learners').querySelectorAll(':scope > li')];
    expect(items).toHaveLength(2);
    const [ben, ada] = items.map((li) => li.textContent ?? '');
    expect(ben).toContain('Ben');
    expect(ben).toContain('New');
    expect(ben).toContain('Someone else here has the same name');
    expect(ben).toContain('What AI is');
    expect(ben).toContain('Checking answers');
    expect(ada).toContain('Updated');
    expect(ada).toContain('Ada L.');
    expect(ada).not.toContain('Someone else here has the same name');

    await fireEvent.click(screen.getByTestId('import-preview-confirm'));
    expect(state.teacher.confirmImport).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByTestId('import-preview-cancel'));
    expect(state.teacher.cancelImport).toHaveBeenCalledTimes(1);
  });
});
