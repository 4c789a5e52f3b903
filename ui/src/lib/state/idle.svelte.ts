// Sessions that end when left alone (a library guest's, a classroom learner's): Rust keeps the time
// and decides; this asks it, reports that someone is here, and shows the last minute's countdown.
// It also counts time spent in the open lesson while the window has focus.
import { t } from '../i18n/index.svelte';
import { appBootstrap } from '../ipc/app';
import { lessonActivity } from '../ipc/player';
import { sessionIdle, sessionKeepAlive } from '../ipc/session';
import { nav } from './nav.svelte';
import { notices } from './notice.svelte';
import { player } from './player.svelte';
import { session } from './session.svelte';

class IdleState {
  /** Seconds left before an idle session is signed out; null while no warning shows. */
  secondsLeft = $state<number | null>(null);
  /** The idle limit of this session in minutes, as Rust last said. */
  limitMinutes = $state<number | null>(null);

  private lastKeepAlive = 0;

  /**
   * Whether this session ends when left alone: a library guest's after 10 idle minutes, anyone's
   * in a classroom after the teacher's idle time. Rust decides (on every command, too); the window
   * shows the last minute's countdown.
   */
  get watched(): boolean {
    const { boot, current } = session;
    if (!current) return false;
    return (boot?.mode === 'library' && current.is_guest) || boot?.mode === 'classroom';
  }

  /** The session ended in Rust (idle): back to the start screen, saying why. */
  async sessionEnded(message: string): Promise<void> {
    this.secondsLeft = null;
    nav.dropLeaveHook(); // a guest's work is gone with the session
    session.signedOut(await appBootstrap());
    notices.inform(message);
  }

  /** Asks Rust where the session stands; an expired guest session is over (and wiped) here. */
  async check(): Promise<void> {
    if (!this.watched) {
      this.secondsLeft = null;
      return;
    }
    try {
      const wasGuest = session.current?.is_guest === true;
      const idle = await sessionIdle();
      this.limitMinutes = idle.limit_minutes;
      if (idle.signed_out || idle.state.state === 'expired') {
        const minutes = idle.limit_minutes ?? 10;
        await this.sessionEnded(wasGuest ? t('idle-ended') : t('idle-ended-learner', { count: minutes }));
      } else if (idle.state.state === 'warn') {
        this.secondsLeft = idle.state.seconds_left;
      } else {
        this.secondsLeft = null;
      }
    } catch (e) {
      notices.showError(e);
    }
  }

  /** The person is here (input, or "I am still here"); sent at most every 20 s unless `now`. */
  async keepAlive(now = false): Promise<void> {
    if (!this.watched) return;
    const t0 = Date.now();
    if (!now && t0 - this.lastKeepAlive < 20_000) return;
    this.lastKeepAlive = t0;
    try {
      await sessionKeepAlive();
      this.secondsLeft = null;
    } catch (e) {
      notices.showError(e);
    }
  }

  /**
   * Counts time in the open lesson while the window has focus (step moves count in Rust already).
   */
  heartbeat(): void {
    const lesson = player.lesson;
    if (!lesson || nav.screen !== 'player' || !session.current) return;
    lessonActivity(lesson.uuid).catch(() => {
      /* time spent is a nicety; a failed heartbeat is not worth interrupting the learner */
    });
  }
}

export const idle = new IdleState();

notices.onSessionExpired((message) => idle.sessionEnded(message));
