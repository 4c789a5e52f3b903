// The course map and the lesson player: the lesson open, its step, moving between steps, finishing.
// The cached lesson is written here only (`applyAnswer`, `applyReflection`, `applyDemoLoop`), so coming back to a
// step shows what Rust saved.
import { t } from '../i18n/index.svelte';
import { clampStep } from '../course';
import { courseOverview } from '../ipc/course';
import { lessonComplete, lessonGoto, lessonOpen } from '../ipc/player';
import type { AnswerView } from '../ipc/bindings/AnswerView';
import type { DemoLoopView } from '../ipc/bindings/DemoLoopView';
import type { LessonCard } from '../ipc/bindings/LessonCard';
import type { LessonView } from '../ipc/bindings/LessonView';
import type { StepBody } from '../ipc/bindings/StepBody';
import { nav } from './nav.svelte';
import { notices } from './notice.svelte';

/** What a saved or shared reflection changes in the cached step. */
export type ReflectionChange = Partial<Pick<Extract<StepBody, { kind: 'reflect' }>, 'text' | 'saved_ms' | 'shared'>>;

class PlayerState {
  cards = $state<LessonCard[]>([]);
  lesson = $state<LessonView | null>(null);
  /** Bumped whenever `lesson` is replaced, so step views rebuild from fresh data. */
  lessonVersion = $state(0);
  stepIndex = $state(0);

  /** Step moves not yet confirmed by Rust, oldest first. */
  private positions: Promise<void> = Promise.resolve();

  /** The course map, fresh from Rust, with every lesson and page closed. */
  async showHome(): Promise<void> {
    this.cards = await courseOverview();
    this.closeLesson();
    nav.screen = 'home';
  }

  /** Forgets the open lesson and the pages over it (the caller picks the next screen). */
  closeLesson(): void {
    this.lesson = null;
    nav.closePages();
  }

  async backToCourse(): Promise<void> {
    await nav.run(async () => {
      await nav.leaveStep();
      await this.showHome();
    });
  }

  async openLesson(uuid: string, atIndex?: number): Promise<void> {
    await nav.run(async () => {
      this.showLesson(await lessonOpen(uuid), atIndex);
      nav.screen = 'player';
    });
  }

  private showLesson(lesson: LessonView, atIndex?: number): void {
    this.lesson = lesson;
    this.lessonVersion += 1;
    this.stepIndex = clampStep(atIndex ?? lesson.current_index, lesson.steps.length);
  }

  /**
   * Moves to another step (saving what the current one holds first). The new position is sent to
   * Rust in the background, in order, so the buttons never wait for it. Rust counts the move as
   * activity in the lesson, so nothing else is sent.
   */
  async goToStep(index: number): Promise<void> {
    const lesson = this.lesson;
    if (!lesson || nav.busy) return;
    const target = clampStep(index, lesson.steps.length);
    if (target === this.stepIndex) return;
    if (nav.leaving) {
      let saved = false;
      await nav.run(async () => {
        await nav.leaveStep();
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
      .catch((e) => notices.showError(e));
  }

  async finishLesson(): Promise<void> {
    const lesson = this.lesson;
    if (!lesson) return;
    await nav.run(async () => {
      await nav.leaveStep();
      await this.positions;
      this.cards = await lessonComplete(lesson.uuid);
      this.closeLesson();
      nav.screen = 'home';
      notices.inform(t('player-finished'));
    });
  }

  /** Keeps the open lesson's copy of a question, and its calibration, in step with the answer Rust saved. */
  applyAnswer(stepUuid: string, answer: AnswerView): void {
    const body = this.stepBody(stepUuid);
    if (body?.kind === 'quiz') body.answer = answer;
    if (this.lesson && answer.calibration) this.lesson.calibration = answer.calibration;
  }

  /** Keeps the open lesson's copy of a reflection in step with what Rust saved or shared. */
  applyReflection(stepUuid: string, change: ReflectionChange): void {
    const body = this.stepBody(stepUuid);
    if (body?.kind === 'reflect') Object.assign(body, change);
  }

  /** What Rust kept of a demo step's loop (the prediction, the recorded run). */
  applyDemoLoop(stepUuid: string, view: DemoLoopView): void {
    const body = this.stepBody(stepUuid);
    if (body?.kind === 'demo') body.loop = view;
  }

  private stepBody(stepUuid: string): StepBody | undefined {
    return this.lesson?.steps.find((s) => s.uuid === stepUuid)?.body;
  }

  /** After a language change: the course map and the open lesson again, at the same step. */
  async reloadForLanguage(): Promise<void> {
    if (nav.holds('home')) this.cards = await courseOverview();
    if (nav.holds('player') && this.lesson) {
      this.showLesson(await lessonOpen(this.lesson.uuid), this.stepIndex);
    }
  }
}

export const player = new PlayerState();

// "Back" from a page with nothing under it leads to the course map; a page over a lesson that has
// since closed does too.
nav.connectHome(
  () => player.showHome(),
  (screen) => screen !== 'player' || player.lesson !== null,
);
