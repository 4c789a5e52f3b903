// The app's state and the user intents that change it. Views read this state and call these
// methods; every method makes one round trip to Rust and applies the reply. Nothing is decided here
// that Rust decides (answers, scores, progress) – this only keeps what the screens show.
import { setLocale, t } from './i18n/index.svelte';
import { clampStep } from './course';
import { toIpcError, type IpcError } from './ipc/call';
import { appBootstrap, appLocale, appPrint, appWelcomed } from './ipc/app';
import { settingsUpdate } from './ipc/settings';
import { learnersCreate, learnersDelete, learnersGuest, learnersSelect, learnersSignOut } from './ipc/learners';
import { courseOverview } from './ipc/course';
import { lessonComplete, lessonGoto, lessonOpen, lessonSummary, lessonTeachers } from './ipc/lesson';
import { glossaryAll, glossaryTerm } from './ipc/glossary';
import { pushReturn, type ReturnPoint } from './pages';
import {
  learnerRecord,
  learnersSignIn,
  lessonActivity,
  modeChoose,
  modeStatus,
  sessionIdle,
  sessionKeepAlive,
  teacherAddLearner,
  teacherChangePin,
  teacherClassSignIn,
  teacherDeleteLearner,
  teacherLearner,
  teacherLock,
  teacherOverview,
  teacherSetLearnerIdle,
  teacherSetSecret,
  teacherUnlock,
  type TeacherOverview,
} from './ipc/classroom';
import {
  learnerDataExport,
  progressExport,
  progressImport,
  progressImportCancel,
  progressImportConfirm,
  reportExportCsv,
} from './ipc/transfer';
import type { ImportPreview } from './ipc/bindings/ImportPreview';
import type { ClassReport } from './ipc/bindings/ClassReport';
import type { DeviceMode } from './ipc/bindings/DeviceMode';
import type { DifficultQuestion } from './ipc/bindings/DifficultQuestion';
import type { ExportScope } from './ipc/bindings/ExportScope';
import type { LearnerDetail } from './ipc/bindings/LearnerDetail';
import type { LearnerRecord } from './ipc/bindings/LearnerRecord';
import type { LearnerSecret } from './ipc/bindings/LearnerSecret';
import type { ModeView } from './ipc/bindings/ModeView';
import type { PictureCard } from './ipc/bindings/PictureCard';
import type { SignInOverview } from './ipc/bindings/SignInOverview';
import type { AnswerView } from './ipc/bindings/AnswerView';
import type { Bootstrap } from './ipc/bindings/Bootstrap';
import type { GlossaryView } from './ipc/bindings/GlossaryView';
import type { LearnerView } from './ipc/bindings/LearnerView';
import type { LessonCard } from './ipc/bindings/LessonCard';
import type { LessonSummaryView } from './ipc/bindings/LessonSummaryView';
import type { LessonView } from './ipc/bindings/LessonView';
import type { LocaleInfo } from './ipc/bindings/LocaleInfo';
import type { Settings } from './ipc/bindings/Settings';
import type { SettingsPatch } from './ipc/bindings/SettingsPatch';
import type { TeacherNotesView } from './ipc/bindings/TeacherNotesView';

export type Screen =
  | 'loading'
  | 'fatal'
  | 'language'
  | 'welcome'
  | 'mode'
  | 'teacher'
  | 'teacher-learner'
  | 'record'
  | 'card'
  | 'learners'
  | 'home'
  | 'player'
  | 'glossary'
  | 'teachers'
  | 'summary'
  | 'lab';

/** Screens opened on top of the course map or a lesson; "Back" returns from them. */
export type PageScreen = Extract<Screen, 'glossary' | 'teachers' | 'summary' | 'lab'>;

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
  /** The glossary page's terms, in the order Rust sent them. */
  glossaryTerms = $state<GlossaryView[]>([]);
  teachers = $state<TeacherNotesView | null>(null);
  summary = $state<LessonSummaryView | null>(null);
  /** The demo open on the Lab page (null: the list of demos). */
  labDemo = $state<string | null>(null);
  /** Where "Back" on the current page leads (the top one), with the screens below it. */
  returns = $state<ReturnPoint<Screen>[]>([]);
  /** True while a screen-changing command runs; buttons that would start another one wait. */
  busy = $state(false);

  // Classroom and library (see ipc/classroom.ts).
  /** The device's mode as the teacher view and the mode dialog need it. */
  mode = $state<ModeView | null>(null);
  report = $state<ClassReport | null>(null);
  difficult = $state<DifficultQuestion[]>([]);
  /** Failed sign-ins and who has no picture password or PIN (teacher view only). */
  signIns = $state<SignInOverview | null>(null);
  learnerDetail = $state<LearnerDetail | null>(null);
  record = $state<LearnerRecord | null>(null);
  /** A picture password's printable card: shown once, right after the teacher set it. */
  pictureCard = $state<PictureCard | null>(null);
  /** A progress file's preview, waiting for the teacher's "Import" or "Cancel". */
  importPreview = $state<ImportPreview | null>(null);
  /** Seconds left before an idle library guest is signed out; null while no warning shows. */
  idleSecondsLeft = $state<number | null>(null);

  private leaveHook: LeaveHook | null = null;
  /** Step moves not yet confirmed by Rust, oldest first. */
  private positions: Promise<void> = Promise.resolve();
  /** A control to focus on the next screen instead of its heading (the one that opened a page). */
  private focusNext: string | null = null;

  // ── start ────────────────────────────────────────────────────────────────

  async start(): Promise<void> {
    // Until the data is open, speak the system's language (Rust reads it; the webview's guess is
    // the fallback), so an early error or the restore screen is readable.
    if (!this.settings) {
      try {
        setLocale(await appLocale());
      } catch {
        const guess = (navigator.language || 'en').split('-')[0].toLowerCase();
        setLocale({ code: guess, tag: guess, dir: ['ar', 'fa', 'he'].includes(guess) ? 'rtl' : 'ltr' });
      }
    }
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
    if (!this.boot?.mode) this.screen = 'mode';
    else if (this.current) await this.showHome();
    else this.screen = 'learners';
  }

  // ── device mode and teacher ──────────────────────────────────────────────

  /**
   * Chooses how this PC is used (first start, or later from the settings with the admin PIN).
   * Whoever sets up a classroom continues as its teacher, to add the class.
   */
  async chooseMode(mode: DeviceMode, adminPin: string | null, newPin: string | null): Promise<boolean> {
    let done = false;
    await this.run(async () => {
      await this.leaveStep();
      const boot = await modeChoose(mode, adminPin, newPin);
      this.applyBootstrap(boot);
      this.settingsOpen = false;
      this.lesson = null;
      this.closePages();
      if (mode === 'classroom') this.applyOverview(await teacherOverview());
      this.screen = mode === 'classroom' ? 'teacher' : 'learners';
      done = true;
    });
    return done;
  }

  /** The device's mode now (for the settings' mode dialog). */
  async loadMode(): Promise<void> {
    try {
      this.mode = await modeStatus();
    } catch (e) {
      this.showError(e);
    }
  }

  /** The teacher enters the admin PIN; a wrong PIN or a lock comes back as the message to show. */
  async unlockTeacher(pin: string): Promise<string | null> {
    try {
      this.applyOverview(await teacherUnlock(pin));
      this.learnerDetail = null;
      this.screen = 'teacher';
      return null;
    } catch (e) {
      return toIpcError(e).message;
    }
  }

  private applyOverview([report, difficult, mode, signIns]: TeacherOverview): void {
    this.report = report;
    this.difficult = difficult;
    this.mode = mode;
    this.signIns = signIns;
  }

  /** Leaves teacher mode for the sign-in screen. */
  lockTeacher(): Promise<void> {
    return this.run(async () => {
      this.applyBootstrap(await teacherLock());
      this.leaveTeacher();
    });
  }

  private leaveTeacher(): void {
    this.report = null;
    this.difficult = [];
    this.signIns = null;
    this.learnerDetail = null;
    this.record = null;
    this.pictureCard = null;
    this.importPreview = null;
    this.screen = 'learners';
  }

  /**
   * A teacher action. When the teacher's session has ended (10 minutes without a teacher action),
   * the view closes and says why.
   */
  private teacherRun(action: () => Promise<void>): Promise<void> {
    return this.run(async () => {
      try {
        await action();
      } catch (e) {
        if (toIpcError(e).code === 'admin_required' && this.screen !== 'learners') {
          this.applyBootstrap(await appBootstrap());
          this.leaveTeacher();
        }
        throw e;
      }
    });
  }

  addLearnerAsTeacher(name: string, avatar: string): Promise<void> {
    return this.teacherRun(async () => this.applyOverview(await teacherAddLearner(name, avatar)));
  }

  setClassSignIn(required: boolean): Promise<void> {
    return this.teacherRun(async () => this.applyOverview(await teacherClassSignIn(required)));
  }

  setLearnerIdle(minutes: number): Promise<void> {
    return this.teacherRun(async () => {
      this.applyOverview(await teacherSetLearnerIdle(minutes));
      this.inform(t('teacher-idle-saved'));
    });
  }

  /** A new admin PIN; true when it was saved. */
  async changeAdminPin(pin: string): Promise<boolean> {
    let done = false;
    await this.teacherRun(async () => {
      this.applyOverview(await teacherChangePin(pin));
      this.inform(t('teacher-pin-changed'));
      done = true;
    });
    return done;
  }

  openLearnerDetail(id: number): Promise<void> {
    return this.teacherRun(async () => {
      this.learnerDetail = await teacherLearner(id);
      this.pictureCard = null;
      this.screen = 'teacher-learner';
    });
  }

  /** Back to the class table, fresh. */
  backToClass(): Promise<void> {
    return this.teacherRun(async () => {
      this.applyOverview(await teacherOverview());
      this.learnerDetail = null;
      this.screen = 'teacher';
    });
  }

  deleteLearnerAsTeacher(id: number): Promise<void> {
    return this.teacherRun(async () => {
      this.applyOverview(await teacherDeleteLearner(id));
      this.learnerDetail = null;
      this.screen = 'teacher';
      this.inform(t('settings-deleted'));
    });
  }

  /** Sets or removes a learner's picture password or PIN; a picture password opens its card. */
  setLearnerSecret(id: number, secret: LearnerSecret | null): Promise<void> {
    return this.teacherRun(async () => {
      const set = await teacherSetSecret(id, secret);
      if (this.learnerDetail?.learner.id === id) this.learnerDetail.learner = set.learner;
      // A new secret starts its failed-try count again: refresh what the teacher sees.
      this.applyOverview(await teacherOverview());
      this.pictureCard = set.card;
      if (set.card) this.screen = 'card';
      else this.inform(t('teacher-secret-saved'));
    });
  }

  openRecord(id: number): Promise<void> {
    return this.teacherRun(async () => {
      this.record = await learnerRecord(id);
      this.screen = 'record';
    });
  }

  /** From a printable page (record, card) back to the learner's page. */
  backToLearner(): void {
    this.record = null;
    this.pictureCard = null;
    this.screen = this.learnerDetail ? 'teacher-learner' : 'teacher';
  }

  exportReportCsv(): Promise<void> {
    return this.teacherRun(async () => this.savedAs(await reportExportCsv()));
  }

  exportProgress(scope: ExportScope): Promise<void> {
    return this.teacherRun(async () => this.savedAs(await progressExport(scope)));
  }

  /** Step one: Rust reads the chosen file and says what it would change; nothing changes yet. */
  importProgress(): Promise<void> {
    return this.teacherRun(async () => {
      this.importPreview = await progressImport();
    });
  }

  /** "Import" in the preview: now the file is merged. */
  confirmImport(): Promise<void> {
    const preview = this.importPreview;
    this.importPreview = null;
    if (!preview) return Promise.resolve();
    return this.teacherRun(async () => {
      const summary = await progressImportConfirm(preview.token);
      this.applyOverview(await teacherOverview());
      this.inform(
        t('teacher-imported', {
          added: summary.learners_added,
          updated: summary.learners_updated,
          lessons: summary.lessons_merged,
        }),
      );
    });
  }

  /** "Cancel" in the preview: Rust forgets the file. */
  cancelImport(): Promise<void> {
    const preview = this.importPreview;
    this.importPreview = null;
    if (!preview) return Promise.resolve();
    return this.run(() => progressImportCancel(preview.token));
  }

  /** All of a learner's data as JSON and CSV into a folder (the learner's own, or the teacher's). */
  exportLearnerData(id: number): Promise<void> {
    return this.run(async () => {
      const files = await learnerDataExport(id);
      if (files) this.inform(t('data-exported', { count: files.length, files: files.join(', ') }));
    });
  }

  private savedAs(file: string | null): void {
    if (file) this.inform(t('file-saved', { file }));
  }

  // ── sign-in and the idle rule ────────────────────────────────────────────

  /** A learner signs in (with a picture password or PIN in a classroom); a failure comes back as text. */
  async signIn(id: number, secret: LearnerSecret | null): Promise<string | null> {
    this.busy = true;
    try {
      await this.signedIn(await learnersSignIn(id, secret));
      return null;
    } catch (e) {
      return toIpcError(e).message;
    } finally {
      this.busy = false;
    }
  }

  /**
   * Whether this session ends when left alone: a library guest's after 10 idle minutes, anyone's
   * in a classroom after the teacher's idle time. Rust decides (on every command, too); the window
   * shows the last minute's countdown.
   */
  get watchesIdle(): boolean {
    if (!this.current) return false;
    return (this.boot?.mode === 'library' && this.current.is_guest) || this.boot?.mode === 'classroom';
  }

  /** The idle limit of this session in minutes, as Rust last said. */
  idleLimitMinutes = $state<number | null>(null);

  /** The session ended in Rust (idle): back to the start screen, saying why. */
  private async sessionEnded(message: string): Promise<void> {
    this.idleSecondsLeft = null;
    this.leaveHook = null; // a guest's work is gone with the session
    this.applyBootstrap(await appBootstrap());
    this.settingsOpen = false;
    this.lesson = null;
    this.closePages();
    this.screen = 'learners';
    this.inform(message);
  }

  /** Asks Rust where the session stands; an expired guest session is over (and wiped) here. */
  async checkIdle(): Promise<void> {
    if (!this.watchesIdle) {
      this.idleSecondsLeft = null;
      return;
    }
    try {
      const wasGuest = this.current?.is_guest === true;
      const idle = await sessionIdle();
      this.idleLimitMinutes = idle.limit_minutes;
      if (idle.signed_out || idle.state.state === 'expired') {
        const minutes = idle.limit_minutes ?? 10;
        await this.sessionEnded(wasGuest ? t('idle-ended') : t('idle-ended-learner', { count: minutes }));
      } else if (idle.state.state === 'warn') {
        this.idleSecondsLeft = idle.state.seconds_left;
      } else {
        this.idleSecondsLeft = null;
      }
    } catch (e) {
      this.showError(e);
    }
  }

  private lastKeepAlive = 0;

  /** The person is here (input, or "I am still here"); sent at most every 20 s unless `now`. */
  async keepAlive(now = false): Promise<void> {
    if (!this.watchesIdle) return;
    const t0 = Date.now();
    if (!now && t0 - this.lastKeepAlive < 20_000) return;
    this.lastKeepAlive = t0;
    try {
      await sessionKeepAlive();
      this.idleSecondsLeft = null;
    } catch (e) {
      this.showError(e);
    }
  }

  /** Counts time in the open lesson (on step changes and as a heartbeat while the window has focus). */
  heartbeat(): void {
    const lesson = this.lesson;
    if (!lesson || this.screen !== 'player' || !this.current) return;
    lessonActivity(lesson.uuid).catch(() => {
      /* time spent is a nicety; a failed heartbeat is not worth interrupting the learner */
    });
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
      this.closePages();
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
      this.closePages();
      this.screen = 'learners';
      this.inform(t('settings-deleted'));
    });
  }

  // ── course and lessons ───────────────────────────────────────────────────

  private async showHome(): Promise<void> {
    this.cards = await courseOverview();
    this.lesson = null;
    this.closePages();
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
        this.heartbeat();
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
      this.closePages();
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

  // ── pages over the course map and the player ─────────────────────────────

  /** Every glossary term on a page of its own. */
  openGlossaryPage(): Promise<void> {
    return this.openPage('glossary', async () => {
      this.glossaryTerms = await glossaryAll();
    });
  }

  /** The teachers' notes for a lesson. */
  openTeachers(lessonUuid: string): Promise<void> {
    return this.openPage('teachers', async () => {
      this.teachers = await lessonTeachers(lessonUuid);
    });
  }

  /** The printable one-page summary of a lesson. */
  openSummary(lessonUuid: string): Promise<void> {
    return this.openPage('summary', async () => {
      this.summary = await lessonSummary(lessonUuid);
    });
  }

  /** The Lab page with every live demo. */
  openLab(): Promise<void> {
    return this.openPage('lab', async () => {
      this.labDemo = null;
    });
  }

  /** Opens one demo on the Lab page, or goes back to the list. */
  openLabDemo(demo: string | null): void {
    this.labDemo = demo;
  }

  private async openPage(to: PageScreen, load: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    // Read before the buttons are disabled (a disabled button loses focus).
    const opener = document.activeElement instanceof HTMLElement ? (document.activeElement.dataset.testid ?? null) : null;
    await this.run(async () => {
      await this.leaveStep();
      await load();
      this.returns = pushReturn(this.returns, { screen: this.screen, focus: opener }, to);
      this.screen = to;
    });
  }

  /** Back from a page to where it was opened: the course map, the same lesson step, another page. */
  async goBack(): Promise<void> {
    const rest = [...this.returns];
    const back = rest.pop();
    if (!back || (back.screen === 'player' && !this.lesson)) {
      await this.run(() => this.showHome());
      return;
    }
    const leaving = this.screen;
    this.returns = rest;
    if (!rest.some((r) => r.screen === leaving)) this.dropPage(leaving);
    this.focusNext = back.focus;
    this.screen = back.screen;
  }

  /** The control to focus on the screen just shown (once), if a page was left for it. */
  takeFocusTarget(): string | null {
    const id = this.focusNext;
    this.focusNext = null;
    return id;
  }

  async printSummary(): Promise<void> {
    try {
      await appPrint();
    } catch (e) {
      this.showError(e);
    }
  }

  private dropPage(screen: Screen): void {
    if (screen === 'glossary') this.glossaryTerms = [];
    else if (screen === 'teachers') this.teachers = null;
    else if (screen === 'summary') this.summary = null;
    else if (screen === 'lab') this.labDemo = null;
  }

  private closePages(): void {
    this.returns = [];
    this.glossaryTerms = [];
    this.teachers = null;
    this.summary = null;
    this.labDemo = null;
    this.focusNext = null;
  }

  /** Whether `screen` is shown or waits under the current page. */
  private holds(screen: Screen): boolean {
    return this.screen === screen || this.returns.some((r) => r.screen === screen);
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
    if (this.holds('home')) {
      this.cards = await courseOverview();
    }
    if (this.holds('player') && this.lesson) {
      const lesson = await lessonOpen(this.lesson.uuid);
      const index = this.stepIndex;
      this.lesson = lesson;
      this.lessonVersion += 1;
      this.stepIndex = clampStep(index, lesson.steps.length);
    }
    if (this.holds('glossary')) this.glossaryTerms = await glossaryAll();
    if (this.holds('teachers') && this.teachers) this.teachers = await lessonTeachers(this.teachers.lesson_uuid);
    if (this.holds('summary') && this.summary) this.summary = await lessonSummary(this.summary.lesson_uuid);
  }

  // ── errors ───────────────────────────────────────────────────────────────

  showError(e: unknown): void {
    const err = toIpcError(e);
    if (err.code === 'session_expired') {
      // Rust ended a session left alone too long; whoever clicked is not its owner.
      void this.sessionEnded(err.message).catch(() => undefined);
      return;
    }
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
