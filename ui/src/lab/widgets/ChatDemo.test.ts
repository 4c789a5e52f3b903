// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { LabEvent } from '../../lib/ipc/bindings/LabEvent';

const ipc = vi.hoisted(() => ({ labChatSend: vi.fn(), labChatReset: vi.fn(), labChatPrepare: vi.fn(), labStop: vi.fn() }));
vi.mock('../../lib/ipc/lab', () => ipc);

import ChatDemo from './ChatDemo.svelte';

const step = (text: string, prob: number) => ({
  id: text.length,
  text,
  prob,
  alternatives: [{ id: 1, text: ' other', logprob: Math.log(0.6) }],
});

describe('ChatDemo', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    ipc.labChatPrepare.mockResolvedValue(undefined);
  });

  it('gets the chat ready with its system message as soon as it opens', async () => {
    render(ChatDemo, { settings: { system: 'Be brief.', prompt: 'Hello!' } });
    await vi.waitFor(() => expect(ipc.labChatPrepare).toHaveBeenCalledWith('Be brief.'));
    expect(ipc.labChatSend).not.toHaveBeenCalled();
  });

  it('still sends when getting ready failed', async () => {
    ipc.labChatPrepare.mockRejectedValue({ code: 'lab_model_missing', message: 'The language model is not installed.' });
    ipc.labChatSend.mockResolvedValue({ ids: [1], text: 'Hi', prompt_tokens: 20, ttft_ms: 90, tokens_per_s: 60, stop: 'end_of_sequence' });
    render(ChatDemo, { settings: { prompt: 'Hello!' } });
    await fireEvent.click(screen.getByTestId('chat-send'));
    await vi.waitFor(() => expect(screen.getByTestId('chat-assistant').textContent).toContain('Hi'));
    expect(screen.queryByTestId('lab-error')).toBeNull();
  });

  it('streams the answer as text with the AI label and explains each token', async () => {
    let release: () => void = () => {};
    ipc.labChatSend.mockImplementation(async (_s: string, _m: string, _g: unknown, on: (e: LabEvent) => void) => {
      on({ kind: 'token', step: step('<b>Hi', 0.9) });
      await new Promise<void>((r) => (release = r));
      on({ kind: 'token', step: step(' there', 0.02) });
      return { ids: [1, 2], text: '<b>Hi there', prompt_tokens: 20, ttft_ms: 90, tokens_per_s: 60, stop: 'cancelled' };
    });
    const ongoal = vi.fn();
    render(ChatDemo, { settings: { system: 'Be brief.', prompt: 'Hello!' }, ongoal });
    expect(screen.getByTestId('lab-ai-label')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('chat-send'));
    // While it writes: the partial answer and a Stop button.
    await vi.waitFor(() => expect(screen.getByTestId('chat-assistant').textContent).toContain('<b>Hi'));
    expect(screen.getByTestId('lab-stop')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('lab-stop'));
    expect(ipc.labStop).toHaveBeenCalled();
    release();
    await vi.waitFor(() => expect(screen.getByTestId('chat-stopped')).toBeTruthy());
    // Model output is text, never HTML.
    expect(screen.getByTestId('chat-assistant').querySelector('b')).toBeNull();
    expect(ipc.labChatSend.mock.calls[0].slice(0, 2)).toEqual(['Be brief.', 'Hello!']);
    expect(ongoal).toHaveBeenCalledTimes(1);

    await fireEvent.click(screen.getByTestId('chat-why'));
    const view = screen.getByTestId('chat-why-tokens');
    const unlikely = [...view.querySelectorAll('.low')].map((e) => e.textContent);
    expect(unlikely).toEqual([' there']);
  });

  it('gives the message back when the model is missing', async () => {
    ipc.labChatSend.mockRejectedValue({ code: 'lab_model_missing', message: 'The language model is not installed.' });
    render(ChatDemo, { settings: { prompt: 'Hello!' } });
    await fireEvent.click(screen.getByTestId('chat-send'));
    const err = await screen.findByTestId('lab-error');
    expect(err.dataset.code).toBe('lab_model_missing');
    expect((screen.getByTestId('chat-input') as HTMLTextAreaElement).value).toBe('Hello!');
    expect(screen.queryByTestId('chat-user')).toBeNull();
  });
});
