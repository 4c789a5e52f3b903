// Saving a text while someone types: once they pause, one request at a time, and whatever was
// typed last is what ends up saved. Kept free of Svelte so the timing can be tested with fake timers.

export interface AutosaveOptions<T> {
  /** The value as it is right now (read when a save starts, so the latest one wins). */
  current: () => T;
  /** True when `value` is what was last saved. */
  isSaved: (value: T) => boolean;
  /** Sends `value`; resolves once it is stored. */
  save: (value: T) => Promise<void>;
  /** How long to wait after the last change. */
  delayMs: number;
}

/** The event Rust sends into the page when the window is asked to close (src-tauri closing.rs). */
export const CLOSE_REQUESTED_EVENT = 'klar-close-requested';

/** Every autosave whose owner is still there: a closing window saves them all. */
const live = new Set<{ saveNow(): Promise<void> }>();

/** Saves what every live autosave still holds; settles once all have, failed ones included. */
export async function saveAllNow(): Promise<void> {
  await Promise.allSettled([...live].map((a) => a.saveNow()));
}

/**
 * When the window is asked to close, saves what is still being typed and then calls `ready` (which
 * tells Rust the window may close; Rust closes it after a short wait anyway). Returns the function
 * that stops listening.
 */
export function saveBeforeClose(target: EventTarget, ready: () => Promise<unknown>): () => void {
  const onClose = () => {
    void saveAllNow()
      .then(ready)
      .catch(() => undefined);
  };
  target.addEventListener(CLOSE_REQUESTED_EVENT, onClose);
  return () => target.removeEventListener(CLOSE_REQUESTED_EVENT, onClose);
}

export class Autosave<T> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The save being sent, settled either way; never more than one. */
  private inFlight: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: AutosaveOptions<T>) {
    live.add(this);
  }

  /** The value changed: save it once nothing has changed for `delayMs`. */
  changed(): void {
    this.clearTimer();
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // A failure is the owner's to show (its `save` sees it); the next change tries again.
      this.saveNow().catch(() => undefined);
    }, this.options.delayMs);
  }

  /**
   * Saves the latest value now – after the save in flight, if there is one. With `force` it is
   * sent even when unchanged (an explicit "Save"), unless a save in flight has just stored it.
   */
  saveNow(force = false): Promise<void> {
    this.clearTimer();
    if (this.inFlight) return this.inFlight.then(() => this.saveNow());
    if (this.stopped) return Promise.resolve();
    const value = this.options.current();
    if (!force && this.options.isSaved(value)) return Promise.resolve();
    const sending = this.options.save(value);
    const settled: Promise<void> = sending.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight = settled;
    void settled.then(() => {
      if (this.inFlight === settled) this.inFlight = null;
    });
    return sending;
  }

  /** No more saves from now on (the owner is gone); a pending pause is forgotten. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
    live.delete(this);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
