// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import type { LabStatus } from '../lib/ipc/bindings/LabStatus';

const ipc = vi.hoisted(() => ({
  multilingual: null as string | null,
  labStatus: vi.fn(),
  labModelCards: vi.fn(async () => []),
  labStop: vi.fn(),
  labWarmUp: vi.fn(async () => true),
  labChatPrepare: vi.fn(async () => undefined),
}));
vi.mock('../lib/ipc/lab', () => ipc);

import DemoHost from './DemoHost.svelte';
import { forgetLabModels } from '../lib/lab/models';

const status = (): LabStatus => ({
  model: { file: 'smol.gguf', size_mib: 93, folder: 'models', default_file: 'smol.gguf', multilingual: ipc.multilingual },
  loaded: false,
  levels: [],
});

const english = { prompt: 'On a cold winter evening, the best thing to eat is' };
const german = { prompt: 'An einem kalten Winterabend esse ich am liebsten' };

describe('DemoHost', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    forgetLabModels();
    ipc.labStatus.mockImplementation(async () => status());
  });

  it('gives a text demo the preset in the learner’s language on the multilingual model, and the English one everywhere else', async () => {
    ipc.multilingual = 'gemma-3-270m.gguf';
    const text = render(DemoHost, { demo: 'next-token', settings: english, settingsMultilingual: german });
    expect(((await screen.findByTestId('nt-prompt')) as HTMLTextAreaElement).value).toBe(german.prompt);
    expect(screen.getByTestId('nt-language-note').textContent).toContain('you can write in your own language');
    text.unmount();

    // The chat needs the English chat model, so it keeps its English preset.
    const chat = render(DemoHost, { demo: 'chat', settings: { prompt: 'Hello!' }, settingsMultilingual: { prompt: 'Hallo!' } });
    expect(((await screen.findByTestId('chat-input')) as HTMLTextAreaElement).value).toBe('Hello!');
    chat.unmount();

    // A preset without a version in the learner's language stays English.
    render(DemoHost, { demo: 'next-token', settings: english, settingsMultilingual: null });
    expect(((await screen.findByTestId('nt-prompt')) as HTMLTextAreaElement).value).toBe(english.prompt);
    // Asked once for all three demos.
    expect(ipc.labStatus).toHaveBeenCalledTimes(1);
  });

  it('starts loading the model a demo needs as soon as it opens, and none for a demo without a model', async () => {
    ipc.multilingual = 'gemma-3-270m.gguf';
    const text = render(DemoHost, { demo: 'next-token', settings: english, settingsMultilingual: german });
    await screen.findByTestId('nt-prompt');
    expect(ipc.labWarmUp).toHaveBeenCalledWith(true);
    text.unmount();
    const chat = render(DemoHost, { demo: 'chat', settings: {} });
    await screen.findByTestId('chat-input');
    expect(ipc.labWarmUp).toHaveBeenLastCalledWith(false);
    chat.unmount();
    ipc.labWarmUp.mockClear();
    render(DemoHost, { demo: 'privacy', settings: {} });
    await screen.findByTestId('demo-privacy');
    expect(ipc.labWarmUp).not.toHaveBeenCalled();
  });

  it('keeps the English preset and note without the multilingual model, and when the status cannot be read', async () => {
    ipc.multilingual = null;
    const first = render(DemoHost, { demo: 'next-token', settings: english, settingsMultilingual: german });
    expect(((await screen.findByTestId('nt-prompt')) as HTMLTextAreaElement).value).toBe(english.prompt);
    expect(screen.getByTestId('nt-language-note').textContent).toContain('prompts here are in English');
    first.unmount();

    forgetLabModels();
    ipc.multilingual = 'gemma-3-270m.gguf';
    ipc.labStatus.mockRejectedValue({ code: 'internal', message: 'no' });
    render(DemoHost, { demo: 'next-token', settings: english, settingsMultilingual: german });
    expect(((await screen.findByTestId('nt-prompt')) as HTMLTextAreaElement).value).toBe(english.prompt);
    expect(screen.getByTestId('nt-language-note').textContent).toContain('prompts here are in English');
  });
});
