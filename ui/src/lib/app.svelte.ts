// The app's state and the user intents that change it. Views read this state and call these
// methods; every method makes one round trip to Rust and applies the reply. Nothing is decided here
// that Rust decides (answers, scores, progress) – this only keeps what the screens show.
import { setLocale, t } from './i18n/index.svelte';
import { clampStep } from './course';
import { toIpcError, type IpcError } from './ipc/call';
import { appBootstrap, appWelcomed } from './ipc/app';
import { settingsUpdate } from './ipc/settings';
import { learnersCreate, learnersDelete, learnersGuest, learnersSelect, learnersSignOut } from './ipc/learners';
import { courseOverview } from './ipc/course';
import { lessonComplete, lessonGoto, lessonOpen } from './ipc/lesson';
import { glossaryTerm } from './ipc/glossary';
import type { AnswerView } from './ipc/bindings/AnswerView';
import type { Bootstrap } from './ipc/bindings/Bootstrap';
import type { GlossaryView } from './ipc/bindings/GlossaryView';
import type { LearnerView } from './ipc/bindings/LearnerView';
import type { LessonCard } from './ipc/bindings/LessonCard';
import type { LessonView } from './ipc/bindings/LessonView';
import type { LocaleInfo } from './ipc/bindings/LocaleInfo';
import type { Settings } from './ipc/bindings/Settings';
import type { SettingsPatch } from './ipc/bindings/SettingsPatch';

export type Screen = 'loading' | 'fatal' | 'language' | 'welcome' | 'learners' | 'home' | 'player';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** Something a step wants done before the learner leaves it (an unsaved reflection). */
export type LeaveHook = () => Promise<void>;

class AppState {
  screen = $state<Screen>('loading');
  boot = $state<Bootstrap | null>(null);
  settings = $state<Settings | null>(null);
  current = $state<LearnerView | null>(null);
  cards = $state<LessonCard[]>([]);
  lesson = $state<LessonView | null>(null);
  /** Bumped whenever `lesson` is replaced, so step views rebuild from fresh data. */
  lessonVersion = $state(0);
  stepIndex = $state(0);
  fatal = $state<IpcError | null>(null);
  notice = $state<Notice | null>(null);
  settingsOpen = $state(false);
  glossary = $state<GlossaryView | null>(null);
  /** True while a screen-changing command runs; buttons that would start another one wait. */
  busy = $state(false);

  private leaveHook: LeaveHook | null = null;
  /** Step moves not yet confirmed by Rust, oldest first. */
  private positions: Promise<void> = Promise.resolve();

  // ── start ────────────────────────────────────────────────────────────────

  async start(): Promise<void> {
    // Until Rust answers, guess the language from the system so an early error is readable.
    const guess = (navigator.language || 'en').split('-')[0].toLowerCase();
    if (!this.settings) setLocale({ code: guess, tag: guess, dir: ['ar', 'fa', 'he'].includes(guess) ? 'rtl' : 'ltr' });
    this.screen = 'loading';
    try {
      const boot = await appBootstrap();
      this.applyBootstrap(boot);
      if (boot.needs_language) this.screen = 'language';
      else await this.afterLanguage();
    } catch (e) {
      this.fatal = toIpcError(e);
      this.screen = 'fatal';
    }
  }

  private applyBootstrap(boot: Bootstrap): void {
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
    await this.run(async () => {
      this.applySettings(await settingsUpdate({ locale: code }));
      if (this.boot) this.boot.needs_language = false;
      await this.afterLanguage();
    });
  }

  private async afterLanguage(): Promise<void> {
    if (this.boot?.needs_welcome) this.screen = 'welcome';
    else await this.afterWelcome();
  }

  async welcomed(): Promise<void> {
    await this.run(async () => {
      await appWelcomed();
      if (this.boot) this.boot.needs_welcome = false;
      await this.afterWelcome();
    });
  }

  private async afterWelcome(): Promise<void> {
    if (this.current) await this.showHome();
    else this.screen = 'learners';
  }

  // ── learners ─────────────────────────────────────────────────────────────

  selectLearner(id: number): Promise<void> {
    return this.run(async () => this.signedIn(await learnersSelect(id)));
  }

  createLearner(name: string, avatar: string): Promise<void> {
    return this.run(async () => this.signedIn(await learnersCreate(name, avatar)));
  }

  startGuest(): Promise<void> {
    return this.run(async () => this.signedIn(await learnersGuest()));
  }

  private async signedIn(learner: LearnerView): Promise<void> {
    this.current = learner;
    await this.showHome();
  }

  async switchLearner(): Promise<void> {
    await this.run(async () => {
      await this.leaveStep();
      this.settingsOpen = false;
      this.applyBootstrap(await learnersSignOut());
      this.lesson = null;
      this.screen = 'learners';
    });
  }

  async deleteCurrentLearner(): Promise<void> {
    const me = this.current;
    if (!me) return;
    await this.run(async () => {
      this.leaveHook = null; // the reflection goes with the learner
      this.applyBootstrap(await learnersDelete(me.id));
      this.settingsOpen = false;
      this.lesson = null;
      this.screen = 'learners';
      this.inform(t('settings-deleted'));
    });
  }

  // ── course and lessons ───────────────────────────────────────────────────

  private async showHome(): Promise<void> {
    this.cards = await courseOverview();
    this.lesson = null;
    this.screen = 'home';
  }

  async backToCourse(): Promise<void> {
    await this.run(async () => {
      await this.leaveStep();
      await this.showHome();
    });
  }

  async openLesson(uuid: string, atIndex?: number): Promise<void> {
    await this.run(async () => {
      const lesson = await lessonOpen(uuid);
      this.lesson = lesson;
      this.lessonVersion += 1;
      this.stepIndex = clampStep(atIndex ?? lesson.current_index, lesson.steps.length);
      this.screen = 'player';
    });
  }

  /**
   * Moves to another step (saving what the current one holds first). The new position is sent to
   * Rust in the background, in order, so the buttons never wait for it.
   */
  async goToStep(index: number): Promise<void> {
    const lesson = this.lesson;
    if (!lesson || this.busy) return;
    const target = clampStep(index, lesson.steps.length);
    if (target === this.stepIndex) return;
    if (this.leaveHook) {
      let saved = false;
      await this.run(async () => {
        await this.leaveStep();
        saved = true;
      });
      if (!saved || this.lesson !== lesson) return;
    }
    this.stepIndex = target;
    const stepUuid = lesson.steps[target].uuid;
    this.positions = this.positions
      .then(async () => {
        await lessonGoto(lesson.uuid, stepUuid);
      })
      .catch((e) => this.showError(e));
  }

  async finishLesson(): Promise<void> {
    const lesson = this.lesson;
    if (!lesson) return;
    await this.run(async () => {
      await this.leaveStep();
      await this.positions;
      this.cards = await lessonComplete(lesson.uuid);
      this.lesson = null;
      this.screen = 'home';
      this.inform(t('player-finished'));
    });
  }

  /** Keeps the open lesson's copy in step with what Rust saved, so coming back shows it. */
  rememberReflection(stepUuid: string, text: string, savedMs: number): void {
    const body = this.lesson?.steps.find((s) => s.uuid === stepUuid)?.body;
    if (body?.kind === 'reflect') {
      body.text = text;
      body.saved_ms = savedMs;
    }
  }

  rememberAnswer(stepUuid: string, answer: AnswerView): void {
    const body = this.lesson?.steps.find((s) => s.uuid === stepUuid)?.body;
    if (body?.kind === 'quiz') body.answer = answer;
  }

  setLeaveHook(hook: LeaveHook): void {
    this.leaveHook = hook;
  }

  /** Removes `hook` unless a newer step has already put its own in place. */
  clearLeaveHook(hook: LeaveHook): void {
    if (this.leaveHook === hook) this.leaveHook = null;
  }

  private async leaveStep(): Promise<void> {
    const hook = this.leaveHook;
    if (hook) await hook();
  }

  async openGlossary(term: string): Promise<void> {
    try {
      this.glossary = await glossaryTerm(term);
    } catch (e) {
      this.showError(e);
    }
  }

  // ── settings ─────────────────────────────────────────────────────────────

  async updateSettings(patch: SettingsPatch): Promise<void> {
    const before = this.settings?.locale;
    await this.run(async () => {
      if (patch.locale !== undefined && patch.locale !== before) await this.leaveStep();
      this.applySettings(await settingsUpdate(patch));
      if (this.settings?.locale !== before) await this.reloadForLanguage();
    });
  }

  /** After a language change, fetch the current screen's text again, keeping the learner's place. */
  private async reloadForLanguage(): Promise<void> {
    if (this.screen === 'home') {
      this.cards = await courseOverview();
    } else if (this.screen === 'player' && this.lesson) {
      const lesson = await lessonOpen(this.lesson.uuid);
      const index = this.stepIndex;
      this.lesson = lesson;
      this.lessonVersion += 1;
      this.stepIndex = clampStep(index, lesson.steps.length);
    }
  }

  // ── errors ───────────────────────────────────────────────────────────────

  showError(e: unknown): void {
    const err = toIpcError(e);
    this.notice = { kind: 'error', text: err.message };
  }

  /** A short confirmation; it fades after a while (errors stay until dismissed). */
  inform(text: string): void {
    const notice: Notice = { kind: 'info', text };
    this.notice = notice;
    setTimeout(() => {
      if (this.notice?.text === notice.text && this.notice.kind === 'info') this.notice = null;
    }, 8000);
  }

  dismissNotice(): void {
    this.notice = null;
  }

  /** Runs one user intent; a failure is shown, never swallowed, and never leaves buttons stuck. */
  private async run(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.notice = null;
    try {
      await action();
    } catch (e) {
      this.showError(e);
    } finally {
      this.busy = false;
    }
  }
}

export const app = new AppState();
