// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { DetectorReport } from '../../lib/ipc/bindings/DetectorReport';

const ipc = vi.hoisted(() => ({ labDetectorScore: vi.fn(), labStop: vi.fn() }));
vi.mock('../../lib/ipc/lab', () => ipc);

import DetectorDemo from './DetectorDemo.svelte';
import { setLocale } from '../../lib/i18n/index.svelte';

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
  calibrated_for: 'en',
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
    expect(ipc.labDetectorScore).toHaveBeenCalledWith('My name is Ayla. I live in Dortmund.', 'en', expect.any(Function));
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
    expect(ipc.labDetectorScore).toHaveBeenLastCalledWith('Hi there', 'en', expect.any(Function));
    expect(screen.getByTestId('det-verdict').textContent).toContain('Too short to judge');
    expect(screen.queryByTestId('det-gauge')).toBeNull();
    expect(ongoal).toHaveBeenCalledTimes(1);
  });

  describe('in the learner’s language', () => {
    afterEach(() => setLocale({ code: 'en', tag: 'en', intl_tag: 'en', dir: 'ltr' }));

    it('sends the UI’s locale, says whose texts set the borders and drops the English note on the multilingual model', async () => {
      setLocale({ code: 'de', tag: 'de', intl_tag: 'de', dir: 'ltr' });
      ipc.labDetectorScore.mockResolvedValue(report({ calibrated_for: 'de' }));
      render(DetectorDemo, { settings: { sample_texts: ['Ich heiße Ayla und wohne in Dortmund.'] }, multilingual: true });

      expect(screen.queryByTestId('det-english-note')).toBeNull();
      await fireEvent.click(screen.getByTestId('det-sample'));
      await screen.findByTestId('det-verdict');
      expect(ipc.labDetectorScore).toHaveBeenCalledWith('Ich heiße Ayla und wohne in Dortmund.', 'de', expect.any(Function));
      expect(screen.getByTestId('det-calibrated').textContent).toBe('Die Grenzen zwischen den Bereichen wurden mit Texten in dieser Sprache festgelegt: Deutsch.');
      expect(screen.queryByTestId('det-english-note')).toBeNull();
    });

    it('keeps the English note on the English model, where English texts set the borders', async () => {
      setLocale({ code: 'tr', tag: 'tr', intl_tag: 'tr', dir: 'ltr' });
      ipc.labDetectorScore.mockResolvedValue(report({ calibrated_for: 'en' }));
      render(DetectorDemo);
      expect(screen.getByTestId('det-english-note').textContent).toContain('İngilizce');
      await fireEvent.click(screen.getAllByTestId('det-sample')[0]);
      await screen.findByTestId('det-verdict');
      expect(ipc.labDetectorScore.mock.calls[0][1]).toBe('tr');
      expect(screen.getByTestId('det-calibrated').textContent).toBe('Aralıkların sınırları şu dildeki metinlerle belirlendi: English.');
      expect(screen.getByTestId('det-english-note')).toBeTruthy();
    });
  });
});
