// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { LabeledText } from '../../lib/ipc/bindings/LabeledText';
import type { TokenizedText } from '../../lib/ipc/bindings/TokenizedText';

const ipc = vi.hoisted(() => ({ labTokenize: vi.fn(), labTokenizerCounts: vi.fn(), labModelCards: vi.fn(), labStop: vi.fn() }));
vi.mock('../../lib/ipc/lab', () => ipc);

import TokenizerView from './TokenizerView.svelte';

/** A stand-in tokenizer: one token per word, ids counting up, relative to the first text. */
function fakeTokenize(texts: LabeledText[]): TokenizedText[] {
  let id = 100;
  const out = texts.map((t) => {
    const words = t.text.split(/(?= )/).filter((w) => w !== '');
    return { label: t.label, pieces: words.map((w) => ({ ids: [id++], text: w })), count: words.length, relative: 0 };
  });
  for (const o of out) o.relative = out[0].count === 0 ? 0 : o.count / out[0].count;
  return out;
}

describe('TokenizerView', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    ipc.labTokenize.mockImplementation(async (texts: LabeledText[]) => fakeTokenize(texts));
    ipc.labTokenizerCounts.mockImplementation(async (texts: LabeledText[]) => [
      { file: 'smol.gguf', vocabulary: 49152, counts: texts.map((t) => t.text.length) },
    ]);
    ipc.labModelCards.mockResolvedValue([
      { key: 'smollm2', name: 'SmolLM2-135M-Instruct', file: 'smol.gguf' },
      { key: 'gemma3', name: 'Gemma-3-270M', file: 'gemma.gguf' },
    ]);
  });

  it('compares the preset sentence across languages with counts and the cost relative to English', async () => {
    const texts = { de: 'eins zwei drei vier fünf sechs', en: 'one two three four', ar: 'واحد اثنان' };
    render(TokenizerView, { settings: { texts } });

    await fireEvent.click(screen.getByTestId('tok-compare'));
    const cards = await screen.findAllByTestId('tok-language');

    // English goes first: Rust relates every count to the first text.
    const sent = ipc.labTokenize.mock.calls[0][0] as LabeledText[];
    expect(sent.map((t) => t.label)).toEqual(['en', 'de', 'ar']);
    expect(cards.map((c) => c.dataset.label)).toEqual(['en', 'de', 'ar']);
    expect(within(cards[0]).getByRole('heading').textContent).toContain('English');
    expect(within(cards[1]).getByTestId('tok-count').textContent).toBe('6 tokens');
    expect(within(cards[1]).getByTestId('tok-relative').textContent).toContain('×1.5');
    expect(within(cards[2]).getByTestId('tok-relative').textContent).toContain('×0.5');
    expect(within(cards[0]).getByTestId('tok-relative').textContent).toContain('the comparison point');

    const bars = within(screen.getByTestId('tok-counts')).getAllByTestId('tok-counts-bar');
    expect(bars.map((b) => b.dataset.label)).toEqual(['English', 'German · ×1.5', 'Arabic · ×0.5']);
    expect(bars.map((b) => b.querySelector('.value')?.textContent)).toEqual(['4', '6', '2']);

    const firstToken = within(cards[0]).getByTestId('tok-strip').querySelector('span');
    expect(firstToken?.textContent).toBe('one');
    expect(firstToken?.getAttribute('title')).toBe('Token number 100');

    await fireEvent.click(screen.getByTestId('tok-show-ids'));
    expect(within(cards[0]).getByTestId('tok-strip').querySelector('span')?.textContent).toBe('100');
  });

  it('uses the six built-in languages without a preset and reaches the goal with the learner’s own text', async () => {
    const ongoal = vi.fn();
    render(TokenizerView, { ongoal });

    await fireEvent.click(screen.getByTestId('tok-compare'));
    await screen.findAllByTestId('tok-language');
    const sent = ipc.labTokenize.mock.calls[0][0] as LabeledText[];
    expect(sent.map((t) => t.label)).toEqual(['en', 'de', 'tr', 'ar', 'uk', 'ru']);
    expect(ongoal).not.toHaveBeenCalled();

    const input = screen.getByTestId('tok-own-input');
    await fireEvent.input(input, { target: { value: 'Ayşe Yılmaz' } });
    await fireEvent.click(screen.getByTestId('tok-own-run'));
    const count = await screen.findByTestId('tok-own-count');

    expect(ipc.labTokenize).toHaveBeenLastCalledWith([{ label: 'own', text: 'Ayşe Yılmaz' }], expect.any(Function));
    expect(count.textContent).toBe('11 characters → 2 tokens');
    expect(screen.getByTestId('tok-own-strip').textContent).toBe('Ayşe Yılmaz');
    expect(ongoal).toHaveBeenCalledTimes(1);

    await fireEvent.click(screen.getByTestId('tok-own-run'));
    await vi.waitFor(() => expect(ipc.labTokenize).toHaveBeenCalledTimes(3));
    expect(ongoal).toHaveBeenCalledTimes(1);
  });

  it('shows a failure through the job status', async () => {
    ipc.labTokenize.mockRejectedValue({ code: 'lab_model_missing', message: 'The language model is not installed.' });
    render(TokenizerView);
    await fireEvent.click(screen.getByTestId('tok-compare'));
    const error = await screen.findByTestId('lab-error');
    expect(error.textContent).toContain('The language model is not installed.');
    expect(screen.queryByTestId('tok-language')).toBeNull();
  });

  it('compares the token counts of every installed model’s tokenizer when there are two', async () => {
    ipc.labTokenizerCounts.mockResolvedValue([
      { file: 'smol.gguf', vocabulary: 49152, counts: [17, 29, 61] },
      { file: 'gemma.gguf', vocabulary: 262144, counts: [16, 18, 1234] },
    ]);
    const texts = { de: 'eins zwei', en: 'one two', ar: 'واحد اثنان' };
    render(TokenizerView, { settings: { texts }, multilingual: true });
    await fireEvent.click(screen.getByTestId('tok-compare'));

    const table = await screen.findByTestId('tokenizer-compare');
    expect(ipc.labTokenizerCounts).toHaveBeenCalledWith([
      { label: 'en', text: 'one two' },
      { label: 'de', text: 'eins zwei' },
      { label: 'ar', text: 'واحد اثنان' },
    ]);
    const heads = within(table).getAllByTestId('tokenizer-compare-model').map((h) => h.textContent);
    expect(heads).toEqual(['SmolLM2-135M-Instruct knows 49,152 different tokens', 'Gemma-3-270M knows 262,144 different tokens']);
    const rows = within(table).getAllByTestId('tokenizer-compare-row');
    expect(rows.map((r) => r.dataset.label)).toEqual(['en', 'de', 'ar']);
    expect(within(rows[1]).getByRole('rowheader').textContent).toBe('German');
    expect(within(rows[2]).getAllByTestId('tokenizer-compare-count').map((c) => c.textContent)).toEqual(['61', '1,234']);
    expect(table.textContent).toContain('the same sentence can cost very different numbers of tokens');
    expect(screen.getByText(/This model learned many languages/)).toBeTruthy();
  });

  it('shows no model comparison with one tokenizer', async () => {
    render(TokenizerView);
    await fireEvent.click(screen.getByTestId('tok-compare'));
    await screen.findAllByTestId('tok-language');
    await vi.waitFor(() => expect(ipc.labTokenizerCounts).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByTestId('tokenizer-compare')).toBeNull();
    expect(screen.getByText(/This model learned mostly from English text/)).toBeTruthy();
  });
});
