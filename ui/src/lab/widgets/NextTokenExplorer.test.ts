// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { NextTokens } from '../../lib/ipc/bindings/NextTokens';
import type { LabEvent } from '../../lib/ipc/bindings/LabEvent';

const ipc = vi.hoisted(() => ({ labNextTokens: vi.fn(), labGenerate: vi.fn(), labStop: vi.fn() }));
vi.mock('../../lib/ipc/lab', () => ipc);

import NextTokenExplorer from './NextTokenExplorer.svelte';

const shown = (temperature: number, continuation = ''): NextTokens => ({
  prompt_tokens: 9,
  continuation,
  temperature,
  candidates: [
    { id: 11, text: ' soup', prob: temperature < 0.5 ? 0.9 : 0.4 },
    { id: 12, text: ' a', prob: temperature < 0.5 ? 0.08 : 0.3 },
  ],
  rest: temperature < 0.5 ? 0.02 : 0.3,
});

describe('NextTokenExplorer', () => {
  beforeEach(() => vi.clearAllMocks());

  it('shows bars, reshapes them with the temperature and lets the learner pick a token', async () => {
    ipc.labNextTokens.mockImplementation(async (_p: string, picked: number[], t: number) => shown(t, picked.length ? ' soup' : ''));
    render(NextTokenExplorer, { settings: { prompt: 'The best food is', temperature: 1 } });
    await fireEvent.click(screen.getByTestId('nt-show'));
    let bars = await screen.findAllByTestId('nt-bars-bar');
    expect(bars.map((b) => b.dataset.label)).toEqual(['␣soup', '␣a']);
    expect(bars[0].textContent).toContain('40');

    const slider = screen.getByTestId('nt-slider') as HTMLInputElement;
    await fireEvent.input(slider, { target: { value: '0.2' } });
    await vi.waitFor(() => expect(screen.getAllByTestId('nt-bars-bar')[0].textContent).toContain('90'));
    expect(ipc.labNextTokens).toHaveBeenLastCalledWith('The best food is', [], 0.2, expect.any(Function));

    bars = screen.getAllByTestId('nt-bars-bar');
    await fireEvent.click(bars[0]);
    expect(ipc.labNextTokens).toHaveBeenLastCalledWith('The best food is', [11], 0.2, expect.any(Function));
    await vi.waitFor(() => expect(screen.getByTestId('nt-text').querySelector('mark')?.textContent).toBe(' soup'));
  });

  it('streams a generation and shows the seed it used', async () => {
    ipc.labGenerate.mockImplementation(async (_p: string, _k: number[], _s: { seed: number }, on: (e: LabEvent) => void) => {
      on({ kind: 'token', step: { id: 1, text: ' hot', prob: 0.5, alternatives: [] } });
      return { ids: [1, 2], text: ' hot soup', prompt_tokens: 5, ttft_ms: 10, tokens_per_s: 50, stop: 'max_tokens' };
    });
    const ongoal = vi.fn();
    render(NextTokenExplorer, { settings: { prompt: 'Food:', seed: 7 }, ongoal });
    await fireEvent.click(screen.getByTestId('nt-generate'));
    await vi.waitFor(() => expect(screen.getByTestId('nt-output').textContent).toBe('Food: hot soup'));
    expect(screen.getByTestId('nt-output-seed').textContent).toContain('7');
    expect(ipc.labGenerate.mock.calls[0][2]).toMatchObject({ seed: 7, max_tokens: 40 });
    expect(screen.getByTestId('lab-ai-label')).toBeTruthy();
    expect(ongoal).not.toHaveBeenCalled();
  });
});
