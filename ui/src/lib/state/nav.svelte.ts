// Which screen shows, the pages opened over the course map or a lesson (and where "Back" leads),
// the glossary dialog, the focus to give back, and the one user intent running at a time. The course map itself and the
// lesson are player.svelte.ts's; the sign-in flow is session.svelte.ts's.
import { pushReturn, type ReturnPoint } from '../pages';
import { appAbout, appPrint } from '../ipc/app';
import { glossaryAll, glossaryTerm, lessonSummary, lessonTeachers } from '../ipc/course';
import type { IpcError } from '../ipc/call';
import type { AboutView } from '../ipc/bindings/AboutView';
import type { GlossaryView } from '../ipc/bindings/GlossaryView';
import type { LessonSummaryView } from '../ipc/bindings/LessonSummaryView';
import type { TeacherNotesView } from '../ipc/bindings/TeacherNotesView';
import { notices } from './notice.svelte';

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
  | 'lab'
  | 'about';

/** Screens opened on top of the course map or a lesson; "Back" returns from them. */
export type PageScreen = Extract<Screen, 'glossary' | 'teachers' | 'summary' | 'lab' | 'about'>;

/** Something a step wants done before the learner leaves it (an unsaved reflection). */
export type LeaveHook = () => Promise<void>;

class NavState {
  screen = $state<Screen>('loading');
  /** Why the app could not start (the 'fatal' screen). */
  fatal = $state<IpcError | null>(null);
  /** True while a screen-changing command runs; buttons that would start another one wait. */
  busy = $state(false);
  /** Where "Back" on the current page leads (the top one), with the screens below it. */
  returns = $state<ReturnPoint<Screen>[]>([]);

  /** The glossary page's terms, in the order Rust sent them. */
  glossaryTerms = $state<GlossaryView[]>([]);
  teachers = $state<TeacherNotesView | null>(null);
  summary = $state<LessonSummaryView | null>(null);
  /** The demo open on the Lab page (null: the list of demos). */
  labDemo = $state<string | null>(null);
  /** The About page's content while it is open. */
  about = $state<AboutView | null>(null);
  /** One glossary term, shown in a dialog over whatever screen linked to it. */
  glossary = $state<GlossaryView | null>(null);

  private leaveHook: LeaveHook | null = null;
  /** A control to focus on the next screen instead of its heading (the one that opened a page). */
  private focusNext: string | null = null;
  /** Where "Back" goes when nothing is under the page (set by player.svelte.ts: the course map). */
  private home: () => Promise<void> = async () => undefined;
  /** Whether a screen under a page can still be shown (the player only with its lesson open). */
  private canReturnTo: (screen: Screen) => boolean = () => true;

  /** Runs one user intent; a failure is shown, never swallowed, and never leaves buttons stuck. */
  async run(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    notices.current = null;
    try {
      await action();
    } catch (e) {
      notices.showError(e);
    } finally {
      this.busy = false;
    }
  }

  // ── leaving a step ───────────────────────────────────────────────────────

  setLeaveHook(hook: LeaveHook): void {
    this.leaveHook = hook;
  }

  /** Removes `hook` unless a newer step has already put its own in place. */
  clearLeaveHook(hook: LeaveHook): void {
    if (this.leaveHook === hook) this.leaveHook = null;
  }

  /** Forgets the hook without running it (what it would save is gone with the learner or guest). */
  dropLeaveHook(): void {
    this.leaveHook = null;
  }

  /** Lets the step being left save first. */
  async leaveStep(): Promise<void> {
    const hook = this.leaveHook;
    if (hook) await hook();
  }

  /** Whether a step is waiting to be saved before it is left. */
  get leaving(): boolean {
    return this.leaveHook !== null;
  }

  // ── pages over the course map and the player ─────────────────────────────

  /** Connects "Back" to the course map (player.svelte.ts, which depends on this store). */
  connectHome(home: () => Promise<void>, canReturnTo: (screen: Screen) => boolean): void {
    this.home = home;
    this.canReturnTo = canReturnTo;
  }

  /** A term linked from lesson text, in the glossary dialog. */
  async openGlossary(term: string): Promise<void> {
    try {
      this.glossary = await glossaryTerm(term);
    } catch (e) {
      notices.showError(e);
    }
  }

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

  /** "About Klar": version, build date and the licences of everything inside the app. */
  openAbout(): Promise<void> {
    return this.openPage('about', async () => {
      this.about = await appAbout();
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
    if (!back || !this.canReturnTo(back.screen)) {
      await this.run(() => this.home());
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
      notices.showError(e);
    }
  }

  private dropPage(screen: Screen): void {
    if (screen === 'glossary') this.glossaryTerms = [];
    else if (screen === 'teachers') this.teachers = null;
    else if (screen === 'summary') this.summary = null;
    else if (screen === 'lab') this.labDemo = null;
    else if (screen === 'about') this.about = null;
  }

  /** Closes every page (and forgets where they were opened). */
  closePages(): void {
    this.returns = [];
    this.glossaryTerms = [];
    this.teachers = null;
    this.summary = null;
    this.labDemo = null;
    this.focusNext = null;
  }

  /** Whether `screen` is shown or waits under the current page. */
  holds(screen: Screen): boolean {
    return this.screen === screen || this.returns.some((r) => r.screen === screen);
  }

  /** After a language change: the open pages' text again. */
  async reloadPages(): Promise<void> {
    if (this.holds('glossary')) this.glossaryTerms = await glossaryAll();
    if (this.holds('teachers') && this.teachers) this.teachers = await lessonTeachers(this.teachers.lesson_uuid);
    if (this.holds('summary') && this.summary) this.summary = await lessonSummary(this.summary.lesson_uuid);
  }
}

export const nav = new NavState();
