// The notice under every screen: a failure to read or a short confirmation that fades.
import { toIpcError } from '../ipc/call';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

class NoticeState {
  current = $state<Notice | null>(null);

  /** What ends a session Rust reports as expired (set by the idle store, which owns that flow). */
  private sessionExpired: ((message: string) => Promise<void>) | null = null;

  /** Registers what `showError` does with `session_expired`; idle.svelte.ts calls this once. */
  onSessionExpired(end: (message: string) => Promise<void>): void {
    this.sessionExpired = end;
  }

  showError(e: unknown): void {
    const err = toIpcError(e);
    if (err.code === 'session_expired' && this.sessionExpired) {
      // Rust ended a session left alone too long; whoever clicked is not its owner.
      void this.sessionExpired(err.message).catch(() => undefined);
      return;
    }
    this.current = { kind: 'error', text: err.message };
  }

  /** A short confirmation; it fades after a while (errors stay until dismissed). */
  inform(text: string): void {
    const notice: Notice = { kind: 'info', text };
    this.current = notice;
    setTimeout(() => {
      if (this.current?.text === notice.text && this.current.kind === 'info') this.current = null;
    }, 8000);
  }

  dismiss(): void {
    this.current = null;
  }
}

export const notices = new NoticeState();
