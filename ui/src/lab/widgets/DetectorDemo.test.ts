// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { DetectorReport } from '../../lib/ipc/bindings/DetectorReport';

const ipc = vi.hoisted(() => ({ labDetectorScore: vi.fn(), labStop: vi.fn() }));
vi.mock('../../lib/ipc/lab', () => ipc);

import DetectorDemo from './DetectorDemo.svelte';

const report = (over: Partial<DetectorReport> = {}): DetectorReport => ({
  tokens: [
    { text: 'My', prob: 1 },
    { text: ' name', prob: 0.4 },
    { text: ' is', prob: 0.9 },
    { text: ' Ayla', prob: 0.002 },
  ],
  perplexity: 14.24,
  verdict: 'looks_machine',
  machine_below: 20,
  human_above: 60,
  ...over,
});

describe('DetectorDemo', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('scores a sample and shows the verdict, the score on the scale and the surprising tokens', async () => {
    ipc.labDetectorScore.mockResolvedValue(report());
    render(DetectorDemo, { settings: { sample_texts: ['My name is Ayla. I live in Dortmund.', 'Second sample'] } });

    const samples = screen.getAllByTestId('det-sample');
    expect(samples).toHaveLength(2);
    expect(samples[0].textContent).toContain('Sample 1: My name is Ayla.');
    await fireEvent.click(samples[0]);

    const verdict = await screen.findByTestId('det-verdict');
    expect(ipc.labDetectorScore).toHaveBeenCalledWith('My name is Ayla. I live in Dortmund.', expect.any(Function));
    expect((screen.getByTestId('det-input') as HTMLTextAreaElement).value).toBe('My name is Ayla. I live in Dortmund.');
    expect(verdict.dataset.verdict).toBe('looks_machine');
    expect(verdict.textContent).toBe('Verdict: "looks machine-written"');
    expect(screen.getByTestId('det-score').textContent).toBe('Surprise score (perplexity): 14.2');
    const gauge = screen.getByTestId('det-gauge');
    expect(gauge.getAttribute('aria-label')).toContain('looks machine-written');
    // 14.2 on a log scale from 2 to 500 sits left of the machine/unsure border at 20.
    const at = Number(gauge.dataset.position);
    expect(at).toBeGreaterThan(30);
    expect(at).toBeLessThan(42);

    const tokens = screen.getByTestId('det-tokens').querySelectorAll('span');
    expect([...tokens].map((t) => t.classList.contains('low'))).toEqual([false, false, false, true]);
    expect(tokens[3].getAttribute('title')).toBe('0.2%');
    expect(screen.getByTestId('det-why').textContent).toContain('Never use a detector to accuse someone');
  });

  it('reaches the goal after two different texts, and says when a text is too short', async () => {
    ipc.labDetectorScore.mockResolvedValueOnce(report());
    ipc.labDetectorScore.mockResolvedValueOnce(report({ verdict: 'too_short', perplexity: 0, tokens: [{ text: 'Hi', prob: 1 }] }));
    const ongoal = vi.fn();
    render(DetectorDemo, { ongoal });

    expect(screen.getAllByTestId('det-sample')).toHaveLength(3);
    await fireEvent.click(screen.getAllByTestId('det-sample')[0]);
    await screen.findByTestId('det-verdict');
    expect(ongoal).not.toHaveBeenCalled();

    await fireEvent.input(screen.getByTestId('det-input'), { target: { value: 'Hi there' } });
    await fireEvent.click(screen.getByTestId('det-run'));
    await vi.waitFor(() => expect(screen.getByTestId('det-verdict').dataset.verdict).toBe('too_short'));
    expect(ipc.labDetectorScore).toHaveBeenLastCalledWith('Hi there', expect.any(Function));
    expect(screen.getByTestId('det-verdict').textContent).toContain('Too short to judge');
    expect(screen.queryByTestId('det-gauge')).toBeNull();
    expect(ongoal).toHaveBeenCalledTimes(1);
  });
});
