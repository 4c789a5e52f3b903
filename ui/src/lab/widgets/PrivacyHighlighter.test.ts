// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { PrivacyScan } from '../../lib/ipc/bindings/PrivacyScan';
import type { Segment } from '../../lib/ipc/bindings/Segment';

const ipc = vi.hoisted(() => ({ labPrivacyScan: vi.fn(), labStop: vi.fn() }));
vi.mock('../../lib/ipc/lab', () => ipc);

import PrivacyHighlighter from './PrivacyHighlighter.svelte';

const scanOf = (text: string): PrivacyScan => {
  const m = text.match(/0221 4710123/);
  if (!m || m.index === undefined) return { segments: [{ text, kind: null }], counts: [], truncated: false };
  return {
    segments: (
      [
        { text: text.slice(0, m.index), kind: null },
        { text: m[0], kind: 'phone' },
        { text: text.slice(m.index + m[0].length), kind: null },
      ] satisfies Segment[]
    ).filter((s) => s.text),
    counts: [{ kind: 'phone', count: 1 }],
    truncated: false,
  };
};

describe('PrivacyHighlighter', () => {
  beforeEach(() => vi.clearAllMocks());

  it('marks personal data with an explanation, and placeholders remove it', async () => {
    ipc.labPrivacyScan.mockImplementation(async (t: string) => scanOf(t));
    const ongoal = vi.fn();
    render(PrivacyHighlighter, { settings: { message: 'Call me at 0221 4710123, thanks.' }, ongoal });
    await fireEvent.click(screen.getByTestId('privacy-check'));
    const marked = await screen.findByTestId('privacy-marked');
    expect(marked.querySelector('mark')?.dataset.kind).toBe('phone');
    expect(marked.textContent).toContain('Call me at 0221 4710123');
    expect(screen.getByTestId('privacy-kinds').textContent).toContain('Phone number (1)');
    expect(screen.getByTestId('privacy-total').textContent).toBe('1 piece of personal data found');

    await fireEvent.click(screen.getByTestId('privacy-placeholders'));
    expect((screen.getByTestId('privacy-input') as HTMLTextAreaElement).value).toBe('Call me at [Phone number], thanks.');
    await vi.waitFor(() => expect(screen.getByTestId('privacy-total').textContent).toBe('No personal data found'));
    expect(ongoal).toHaveBeenCalledTimes(1);
  });
});
