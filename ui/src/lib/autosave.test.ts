import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, CLOSE_REQUESTED_EVENT, saveBeforeClose } from './autosave';

/** A text box and a store whose requests resolve only when the test says so. */
function harness(delayMs = 1500) {
  const box = { text: '', saved: '' };
  const sent: string[] = [];
  const pending: { value: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let open = 0;
  let maxOpen = 0;
  const saver = new Autosave<string>({
    current: () => box.text,
    isSaved: (v) => v === box.saved,
    delayMs,
    save: (value) =>
      new Promise<void>((resolve, reject) => {
        sent.push(value);
        open += 1;
        maxOpen = Math.max(maxOpen, open);
        pending.push({
          value,
          resolve: () => {
            open -= 1;
            box.saved = value;
            resolve();
          },
          reject: (e) => {
            open -= 1;
            reject(e);
          },
        });
      }),
  });
  const type = (text: string) => {
    box.text = text;
    saver.changed();
  };
  made.push(saver);
  return { box, sent, pending, saver, type, maxOpen: () => maxOpen };
}

/** Every autosave a test made; they are stopped after each test, as their owners would be. */
const made: Autosave<string>[] = [];

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('Autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    for (const saver of made.splice(0)) saver.stop();
  });

  it('saves once, with the latest text, after the learner pauses', async () => {
    const h = harness();
    h.type('H');
    await vi.advanceTimersByTimeAsync(1000);
    h.type('Hi');
    await vi.advanceTimersByTimeAsync(1000);
    h.type('Hi!');
    await vi.advanceTimersByTimeAsync(1499);
    expect(h.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.sent).toEqual(['Hi!']);
    h.pending[0].resolve();
    await flush();
    expect(h.box.saved).toBe('Hi!');
  });

  it('keeps one request in flight and sends the latest text after it', async () => {
    const h = harness();
    h.type('one');
    await vi.advanceTimersByTimeAsync(1500);
    expect(h.sent).toEqual(['one']);
    h.type('one two');
    await vi.advanceTimersByTimeAsync(1500);
    h.type('one two three');
    await vi.advanceTimersByTimeAsync(1500);
    // Still waiting for the first answer: nothing else was sent.
    expect(h.sent).toEqual(['one']);
    h.pending[0].resolve();
    await flush();
    // The queued saves collapse into one with the newest text.
    expect(h.sent).toEqual(['one', 'one two three']);
    h.pending[1].resolve();
    await flush();
    expect(h.box.saved).toBe('one two three');
    expect(h.maxOpen()).toBe(1);
  });

  it('saves now on request, and the pending pause no longer fires', async () => {
    const h = harness();
    h.type('draft');
    const done = h.saver.saveNow();
    expect(h.sent).toEqual(['draft']);
    h.pending[0].resolve();
    await done;
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.sent).toEqual(['draft']);
  });

  it('sends nothing when the text is already saved, unless forced', async () => {
    const h = harness();
    await h.saver.saveNow();
    expect(h.sent).toEqual([]);
    const forced = h.saver.saveNow(true);
    expect(h.sent).toEqual(['']);
    h.pending[0].resolve();
    await forced;
  });

  it('passes a failure to the caller and tries again on the next request', async () => {
    const h = harness();
    h.type('text');
    const first = h.saver.saveNow();
    h.pending[0].reject(new Error('disk full'));
    await expect(first).rejects.toThrow('disk full');
    const second = h.saver.saveNow();
    expect(h.sent).toEqual(['text', 'text']);
    h.pending[1].resolve();
    await second;
    expect(h.box.saved).toBe('text');
  });

  it('an explicit save during a save in flight waits for it, then sends what is new', async () => {
    const h = harness();
    h.type('a');
    const first = h.saver.saveNow();
    h.type('ab');
    const second = h.saver.saveNow(true);
    expect(h.sent).toEqual(['a']);
    h.pending[0].resolve();
    await first;
    await flush();
    expect(h.sent).toEqual(['a', 'ab']);
    h.pending[1].resolve();
    await second;
    expect(h.box.saved).toBe('ab');
  });

  it('sends nothing after it was stopped', async () => {
    const h = harness();
    h.type('bye');
    h.saver.stop();
    await vi.advanceTimersByTimeAsync(5000);
    h.type('again');
    await vi.advanceTimersByTimeAsync(5000);
    await h.saver.saveNow();
    expect(h.sent).toEqual([]);
  });
});

describe('saving before the window closes', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    for (const saver of made.splice(0)) saver.stop();
  });

  /** The page as Rust sees it: a window to send the close event to, and the answer it waits for. */
  function page() {
    const target = new EventTarget();
    const ready = vi.fn(() => Promise.resolve());
    const stopListening = saveBeforeClose(target, ready);
    const close = () => target.dispatchEvent(new Event(CLOSE_REQUESTED_EVENT));
    return { ready, close, stopListening };
  }

  it('saves the words typed just before the close, then lets the window close', async () => {
    const h = harness();
    const p = page();
    h.type('my last words');
    // The pause has not passed: without the close, nothing would be sent yet.
    await vi.advanceTimersByTimeAsync(100);
    expect(h.sent).toEqual([]);
    p.close();
    expect(h.sent).toEqual(['my last words']);
    await flush();
    expect(p.ready).not.toHaveBeenCalled();
    h.pending[0].resolve();
    await flush();
    expect(h.box.saved).toBe('my last words');
    expect(p.ready).toHaveBeenCalledTimes(1);
    p.stopListening();
  });

  it('waits for the save in flight and then sends the newest text', async () => {
    const h = harness();
    const p = page();
    h.type('one');
    await vi.advanceTimersByTimeAsync(1500);
    h.type('one two');
    p.close();
    expect(h.sent).toEqual(['one']);
    h.pending[0].resolve();
    await flush();
    expect(h.sent).toEqual(['one', 'one two']);
    expect(p.ready).not.toHaveBeenCalled();
    h.pending[1].resolve();
    await flush();
    expect(h.box.saved).toBe('one two');
    expect(p.ready).toHaveBeenCalledTimes(1);
    p.stopListening();
  });

  it('lets the window close at once when everything is saved, and after a failed save', async () => {
    const h = harness();
    const p = page();
    p.close();
    await flush();
    expect(h.sent).toEqual([]);
    expect(p.ready).toHaveBeenCalledTimes(1);
    h.type('unsaved');
    p.close();
    h.pending[0].reject(new Error('disk full'));
    await flush();
    expect(p.ready).toHaveBeenCalledTimes(2);
    p.stopListening();
  });

  it('saves nothing for a step that is gone, and stops listening when asked', async () => {
    const h = harness();
    const p = page();
    h.type('left behind');
    h.saver.stop();
    p.close();
    await flush();
    expect(h.sent).toEqual([]);
    expect(p.ready).toHaveBeenCalledTimes(1);
    p.stopListening();
    p.close();
    await flush();
    expect(p.ready).toHaveBeenCalledTimes(1);
  });
});
