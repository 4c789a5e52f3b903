// Who is using the app and how it looks: start-up (language, welcome), signing in and out,
// learners, and the settings. What Rust sent at start-up (`boot`) is kept as Rust sent it.
import { markStart } from '../startup';
import { setLocale, t } from '../i18n/index.svelte';
import { appBootstrap, appLocale, appWelcomed } from '../ipc/app';
import { settingsUpdate } from '../ipc/settings';
import { learnersCreate, learnersDelete, learnersGuest, learnersSelect, learnersSignOut, learnersSignIn } from '../ipc/learners';
import { learnerDataExport } from '../ipc/transfer';
import { toIpcError } from '../ipc/call';
import type { Bootstrap } from '../ipc/bindings/Bootstrap';
import type { LearnerSecret } from '../ipc/bindings/LearnerSecret';
import type { LearnerView } from '../ipc/bindings/LearnerView';
import type { LocaleInfo } from '../ipc/bindings/LocaleInfo';
import type { Settings } from '../ipc/bindings/Settings';
import type { SettingsPatch } from '../ipc/bindings/SettingsPatch';
import { nav } from './nav.svelte';
import { notices } from './notice.svelte';
import { player } from './player.svelte';

class SessionState {
  boot = $state<Bootstrap | null>(null);
  settings = $state<Settings | null>(null);
  current = $state<LearnerView | null>(null);
  settingsOpen = $state(false);

  /** The first-start screens still to show in this window (Rust's answer at start, as they pass). */
  private firstSteps = { language: false, welcome: false };

  // ── start ────────────────────────────────────────────────────────────────

  async start(): Promise<void> {
    // Asked first: Rust answers while the page sets its language and draws the loading screen.
    const booting = appBootstrap();
    booting.catch(() => undefined);
    // Until the data is open, speak the system's language as Rust reads it, so an early error or
    // the restore screen is readable. Without an answer from Rust the built-in English stays.
    if (!this.settings) {
      try {
        // The shell puts the system's language into the page before it starts (no round trip).
        setLocale(window.__klarLocale ?? (await appLocale()));
        markStart('klar-locale');
      } catch {
        /* no Rust to ask: nothing else will work either, and the error screen says so */
      }
    }
    nav.screen = 'loading';
    try {
      const boot = await booting;
      markStart('klar-bootstrap');
      this.applyBootstrap(boot);
      this.firstSteps = { language: boot.needs_language, welcome: boot.needs_welcome };
      if (this.firstSteps.language) nav.screen = 'language';
      else await this.afterLanguage();
    } catch (e) {
      nav.fatal = toIpcError(e);
      nav.screen = 'fatal';
    }
  }

  applyBootstrap(boot: Bootstrap): void {
    this.boot = boot;
    this.current = boot.current;
    this.applySettings(boot.settings);
  }

  applySettings(s: Settings): void {
    this.settings = s;
    setLocale(s.locale_info);
    const root = document.documentElement;
    root.dataset.textSize = s.text_size;
    root.dataset.contrast = s.high_contrast ? 'high' : 'normal';
    root.dataset.motion = s.reduced_motion ? 'reduce' : 'normal';
  }

  /** Shows a language while the learner is still choosing, before anything is saved. */
  previewLocale(info: LocaleInfo): void {
    setLocale(info);
  }

  async chooseLanguage(code: string): Promise<void> {
    await nav.run(async () => {
      this.applySettings(await settingsUpdate({ locale: code }));
      this.firstSteps.language = false;
      await this.afterLanguage();
    });
  }

  private async afterLanguage(): Promise<void> {
    if (this.firstSteps.welcome) nav.screen = 'welcome';
    else await this.afterWelcome();
  }

  async welcomed(): Promise<void> {
    await nav.run(async () => {
      await appWelcomed();
      this.firstSteps.welcome = false;
      await this.afterWelcome();
    });
  }

  private async afterWelcome(): Promise<void> {
    if (!this.boot?.mode) nav.screen = 'mode';
    else if (this.current) await player.showHome();
    else nav.screen = 'learners';
  }

  // ── signing in and out ───────────────────────────────────────────────────

  /** A learner signs in (with a picture password or PIN in a classroom); a failure comes back as text. */
  async signIn(id: number, secret: LearnerSecret | null): Promise<string | null> {
    nav.busy = true;
    try {
      await this.signedIn(await learnersSignIn(id, secret));
      return null;
    } catch (e) {
      return toIpcError(e).message;
    } finally {
      nav.busy = false;
    }
  }

  selectLearner(id: number): Promise<void> {
    return nav.run(async () => this.signedIn(await learnersSelect(id)));
  }

  createLearner(name: string, avatar: string): Promise<void> {
    return nav.run(async () => this.signedIn(await learnersCreate(name, avatar)));
  }

  startGuest(): Promise<void> {
    return nav.run(async () => this.signedIn(await learnersGuest()));
  }

  private async signedIn(learner: LearnerView): Promise<void> {
    this.current = learner;
    await player.showHome();
  }

  /**
   * Back on the sign-in screen with `boot` (what Rust answered to the sign-out, the lock, the
   * expiry): the settings, the lesson and every page closed.
   */
  signedOut(boot: Bootstrap): void {
    this.applyBootstrap(boot);
    this.settingsOpen = false;
    player.closeLesson();
    nav.screen = 'learners';
  }

  async switchLearner(): Promise<void> {
    await nav.run(async () => {
      await nav.leaveStep();
      this.settingsOpen = false;
      this.signedOut(await learnersSignOut());
    });
  }

  async deleteCurrentLearner(): Promise<void> {
    const me = this.current;
    if (!me) return;
    await nav.run(async () => {
      nav.dropLeaveHook(); // the reflection goes with the learner
      this.signedOut(await learnersDelete(me.id));
      notices.inform(t('settings-deleted'));
    });
  }

  /** All of a learner's data as JSON and CSV into a folder (the learner's own, or the teacher's). */
  exportLearnerData(id: number): Promise<void> {
    return nav.run(async () => {
      const files = await learnerDataExport(id);
      if (files) notices.inform(t('data-exported', { count: files.length, files: files.join(', ') }));
    });
  }

  // ── settings ─────────────────────────────────────────────────────────────

  async updateSettings(patch: SettingsPatch): Promise<void> {
    const before = this.settings?.locale;
    await nav.run(async () => {
      if (patch.locale !== undefined && patch.locale !== before) await nav.leaveStep();
      this.applySettings(await settingsUpdate(patch));
      // After a language change, fetch the current screen's text again, keeping the learner's place.
      if (this.settings?.locale !== before) {
        await player.reloadForLanguage();
        await nav.reloadPages();
      }
    });
  }
}

export const session = new SessionState();
