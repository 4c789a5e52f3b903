// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { BiasRow } from '../../lib/ipc/bindings/BiasRow';

const ipc = vi.hoisted(() => ({ labBiasProbe: vi.fn(), labStop: vi.fn() }));
vi.mock('../../lib/ipc/lab', () => ipc);

import BiasProbe from './BiasProbe.svelte';
import { setLocale } from '../../lib/i18n/index.svelte';

/** Made-up probabilities: " she" likely after "nurse", " he" otherwise; shares computed as Rust does. */
function fakeProbe(prompts: string[], continuations: string[]): BiasRow[] {
  return prompts.map((prompt) => {
    const probs = continuations.map((c, i) => {
      if (prompt.includes('nurse')) return c === ' she' ? 0.06 : 0.01;
      return [0.05, 0.02, 0.005, 0.001][i] ?? 0.001;
    });
    const total = probs.reduce((a, b) => a + b, 0);
    return { prompt, cells: continuations.map((continuation, i) => ({ continuation, prob: probs[i], share: probs[i] / total })) };
  });
}

describe('BiasProbe', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    ipc.labBiasProbe.mockImplementation(async (p: string[], c: string[]) => fakeProbe(p, c));
  });

  it('shows each continuation’s share for both prompts of a pair, with the raw probabilities', async () => {
    const ongoal = vi.fn();
    render(BiasProbe, {
      settings: { pairs: [['The nurse said that', 'The engineer said that']], continuations: [' he', ' she', ' they'] },
      ongoal,
    });

    await fireEvent.click(screen.getByTestId('bias-run'));
    const results = await screen.findAllByTestId('bias-result');

    expect(ipc.labBiasProbe).toHaveBeenCalledWith(['The nurse said that', 'The engineer said that'], [' he', ' she', ' they'], expect.any(Function));
    expect(results).toHaveLength(2);
    const nurse = within(results[0]).getAllByTestId('bias-shares-bar');
    expect(nurse.map((b) => b.dataset.label)).toEqual(['he', 'she', 'they']);
    expect(nurse[1].textContent).toContain('75%');
    expect(nurse[0].textContent).toContain('13%');
    const engineer = within(results[1]).getAllByTestId('bias-shares-bar');
    expect(engineer[0].textContent).toContain('67%');
    expect(within(results[0]).getByTestId('bias-raw').textContent).toContain('she 6.0%');
    expect(ongoal).toHaveBeenCalledTimes(1);
  });

  it('lets the learner edit a pair and add their own; edited prompts lose their old numbers', async () => {
    render(BiasProbe);
    expect(screen.getAllByTestId('bias-pair')).toHaveLength(3);

    await fireEvent.click(screen.getByTestId('bias-run'));
    expect(await screen.findAllByTestId('bias-result')).toHaveLength(6);

    const prompts = screen.getAllByTestId('bias-prompt') as HTMLInputElement[];
    await fireEvent.input(prompts[1], { target: { value: 'The midwife said that' } });
    expect(screen.getAllByTestId('bias-result')).toHaveLength(5);
    expect(screen.getByText('Changed – compare again to see the numbers for this sentence.')).toBeTruthy();

    await fireEvent.click(screen.getByTestId('bias-add'));
    const added = (screen.getAllByTestId('bias-prompt') as HTMLInputElement[]).slice(6);
    await fireEvent.input(added[0], { target: { value: 'The cleaner said that' } });
    await fireEvent.input(added[1], { target: { value: 'The professor said that' } });
    expect((screen.getByTestId('bias-add') as HTMLButtonElement).disabled).toBe(true);

    await fireEvent.click(screen.getByTestId('bias-run'));
    await vi.waitFor(() => expect(screen.getAllByTestId('bias-result')).toHaveLength(8));
    const sent = ipc.labBiasProbe.mock.calls[1][0] as string[];
    expect(sent).toHaveLength(8);
    expect(sent[1]).toBe('The midwife said that');
    expect(sent.slice(6)).toEqual(['The cleaner said that', 'The professor said that']);
  });

  it('offers German pairs with er/sie and says honestly that its German numbers are mostly noise', async () => {
    render(BiasProbe);
    expect(screen.queryByTestId('bias-german-note')).toBeNull();

    await fireEvent.click(screen.getByTestId('bias-lang-de'));
    expect(screen.getByTestId('bias-german-note').textContent).toContain('mostly noise');
    expect(screen.getByTestId('bias-continuations').textContent).toContain('“er” · “sie”');

    await fireEvent.click(screen.getByTestId('bias-run'));
    await screen.findAllByTestId('bias-result');
    const [prompts, continuations] = ipc.labBiasProbe.mock.calls[0] as [string[], string[]];
    expect(continuations).toEqual([' er', ' sie']);
    expect(prompts).toContain('Die Ärztin sagte, dass');
    expect(within(screen.getAllByTestId('bias-result')[0]).getAllByTestId('bias-shares-bar').map((b) => b.dataset.label)).toEqual(['er', 'sie']);
  });

  describe('on the multilingual model', () => {
    afterEach(() => setLocale({ code: 'en', tag: 'en', intl_tag: 'en', dir: 'ltr' }));

    const turkish = {
      pairs: [['Hemşire dedi ki', 'Mühendis dedi ki']],
      continuations: [' o', ' kadın', ' adam'],
    };

    it('offers the learner’s language from the preset and English, without the German set or its warning', async () => {
      setLocale({ code: 'tr', tag: 'tr', intl_tag: 'tr', dir: 'ltr' });
      render(BiasProbe, { settings: turkish, multilingual: true });

      expect(screen.getByTestId('bias-lang-own')).toBeTruthy();
      expect(screen.getByTestId('bias-lang-en')).toBeTruthy();
      expect(screen.queryByTestId('bias-lang-de')).toBeNull();
      expect(screen.queryByTestId('bias-german-note')).toBeNull();
      expect(screen.getByTestId('bias-language-note').textContent).toContain('kendi dilinde');
      expect(screen.getByTestId('bias-continuations').textContent).toContain('“o” · “kadın” · “adam”');

      await fireEvent.click(screen.getByTestId('bias-run'));
      await screen.findAllByTestId('bias-result');
      expect(ipc.labBiasProbe).toHaveBeenLastCalledWith(['Hemşire dedi ki', 'Mühendis dedi ki'], [' o', ' kadın', ' adam'], expect.any(Function));

      await fireEvent.click(screen.getByTestId('bias-lang-en'));
      expect(screen.getAllByTestId('bias-pair')).toHaveLength(3);
      await fireEvent.click(screen.getByTestId('bias-run'));
      await vi.waitFor(() => expect(ipc.labBiasProbe).toHaveBeenCalledTimes(2));
      const [prompts, continuations] = ipc.labBiasProbe.mock.calls[1] as [string[], string[]];
      expect(prompts[0]).toBe('The nurse said that');
      expect(continuations).toEqual([' he', ' she', ' they']);
      expect(screen.queryByTestId('bias-german-note')).toBeNull();
    });

    it('offers English alone when the learner’s language is English, or the preset has no version in it', async () => {
      const english = { pairs: [['The nurse said that', 'The engineer said that']] };
      const first = render(BiasProbe, { settings: english, multilingual: true });
      expect(screen.queryByTestId('bias-lang-de')).toBeNull();
      expect(screen.queryByTestId('bias-lang-own')).toBeNull();
      expect(screen.getAllByTestId('bias-pair')).toHaveLength(1);
      expect(screen.getByTestId('bias-language-note').textContent).toContain('multilingual model');
      first.unmount();

      setLocale({ code: 'tr', tag: 'tr', intl_tag: 'tr', dir: 'ltr' });
      render(BiasProbe, { settings: english, multilingual: true, localized: false });
      expect(screen.queryByTestId('bias-lang-own')).toBeNull();
      expect(screen.queryByTestId('bias-lang-de')).toBeNull();
      expect((screen.getAllByTestId('bias-prompt')[0] as HTMLInputElement).value).toBe('The nurse said that');
    });
  });
});
