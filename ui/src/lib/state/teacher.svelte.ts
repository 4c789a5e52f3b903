// The device's mode and the teacher's side of a classroom: the class grid, one learner's page, one
// learner in one lesson, secrets and their printable cards, records, exports and imports. Whoever
// sets up a classroom continues here as its teacher, so choosing the mode lives here too.
import { t } from '../i18n/index.svelte';
import { toIpcError } from '../ipc/call';
import { appBootstrap } from '../ipc/app';
import { learnerRecord, teacherLearner, teacherOverview, reportExportCsv } from '../ipc/report';
import { modeChoose, modeStatus, teacherAddLearner, teacherChangePin, teacherClassSignIn, teacherDeleteLearner, teacherLock, teacherSetLearnerIdle, teacherSetSecret, teacherUnlock } from '../ipc/classroom';
import type { TeacherOverview } from '../ipc/bindings/TeacherOverview';
import { progressExport, progressImport, progressImportCancel, progressImportConfirm } from '../ipc/transfer';
import type { ClassReport } from '../ipc/bindings/ClassReport';
import type { DeviceMode } from '../ipc/bindings/DeviceMode';
import type { QuestionCalibration } from '../ipc/bindings/QuestionCalibration';
import type { DifficultQuestion } from '../ipc/bindings/DifficultQuestion';
import type { ExportScope } from '../ipc/bindings/ExportScope';
import type { ImportPreview } from '../ipc/bindings/ImportPreview';
import type { LearnerDetail } from '../ipc/bindings/LearnerDetail';
import type { LearnerView } from '../ipc/bindings/LearnerView';
import type { LessonDetail } from '../ipc/bindings/LessonDetail';
import type { LearnerRecord } from '../ipc/bindings/LearnerRecord';
import type { LearnerSecret } from '../ipc/bindings/LearnerSecret';
import type { ModeView } from '../ipc/bindings/ModeView';
import type { PictureCard } from '../ipc/bindings/PictureCard';
import type { SignInOverview } from '../ipc/bindings/SignInOverview';
import { nav } from './nav.svelte';
import { notices } from './notice.svelte';
import { player } from './player.svelte';
import { session } from './session.svelte';

class TeacherState {
  /** The device's mode as the teacher view and the mode dialog need it. */
  mode = $state<ModeView | null>(null);
  report = $state<ClassReport | null>(null);
  difficult = $state<DifficultQuestion[]>([]);
  /** How sure the class was per scored question, against how it did (first answers). */
  calibration = $state<QuestionCalibration[]>([]);
  /** Failed sign-ins and who has no picture password or PIN (teacher view only). */
  signIns = $state<SignInOverview | null>(null);
  learnerDetail = $state<LearnerDetail | null>(null);
  /** One learner in one lesson (a cell of the class grid, or a lesson on the learner's page), shown in a dialog. */
  lessonDetail = $state<{ learner: LearnerView; lesson: LessonDetail } | null>(null);
  record = $state<LearnerRecord | null>(null);
  /** A picture password's printable card: shown once, right after the teacher set it. */
  pictureCard = $state<PictureCard | null>(null);
  /** A progress file's preview, waiting for the teacher's "Import" or "Cancel". */
  importPreview = $state<ImportPreview | null>(null);

  // ── device mode ──────────────────────────────────────────────────────────

  /**
   * Chooses how this PC is used (first start, or later from the settings with the admin PIN).
   * Whoever sets up a classroom continues as its teacher, to add the class.
   */
  async chooseMode(mode: DeviceMode, adminPin: string | null, newPin: string | null): Promise<boolean> {
    let done = false;
    await nav.run(async () => {
      await nav.leaveStep();
      const boot = await modeChoose(mode, adminPin, newPin);
      session.applyBootstrap(boot);
      session.settingsOpen = false;
      player.closeLesson();
      if (mode === 'classroom') this.applyOverview(await teacherOverview());
      nav.screen = mode === 'classroom' ? 'teacher' : 'learners';
      done = true;
    });
    return done;
  }

  /** The device's mode now (for the settings' mode dialog). */
  async loadMode(): Promise<void> {
    try {
      this.mode = await modeStatus();
    } catch (e) {
      notices.showError(e);
    }
  }

  // ── entering and leaving ─────────────────────────────────────────────────

  /** The teacher enters the admin PIN; a wrong PIN or a lock comes back as the message to show. */
  async unlock(pin: string): Promise<string | null> {
    try {
      this.applyOverview(await teacherUnlock(pin));
      this.learnerDetail = null;
      nav.screen = 'teacher';
      return null;
    } catch (e) {
      return toIpcError(e).message;
    }
  }

  /** The teacher view's data in one reply: the table, the difficult questions, the device's mode and the failed sign-ins. */
  private applyOverview(o: TeacherOverview): void {
    this.report = o.report;
    this.difficult = o.difficult;
    this.calibration = o.calibration;
    this.mode = o.mode;
    this.signIns = o.sign_ins;
  }

  /** Leaves teacher mode for the sign-in screen. */
  lock(): Promise<void> {
    return nav.run(async () => {
      session.applyBootstrap(await teacherLock());
      this.leave();
    });
  }

  private leave(): void {
    this.report = null;
    this.difficult = [];
    this.calibration = [];
    this.signIns = null;
    this.learnerDetail = null;
    this.lessonDetail = null;
    this.record = null;
    this.pictureCard = null;
    this.importPreview = null;
    nav.screen = 'learners';
  }

  /**
   * A teacher action. When the teacher's session has ended (10 minutes without a teacher action),
   * the view closes and says why.
   */
  private run(action: () => Promise<void>): Promise<void> {
    return nav.run(async () => {
      try {
        await action();
      } catch (e) {
        if (toIpcError(e).code === 'admin_required' && nav.screen !== 'learners') {
          session.applyBootstrap(await appBootstrap());
          this.leave();
        }
        throw e;
      }
    });
  }

  // ── the class ────────────────────────────────────────────────────────────

  addLearner(name: string, avatar: string): Promise<void> {
    return this.run(async () => this.applyOverview(await teacherAddLearner(name, avatar)));
  }

  setClassSignIn(required: boolean): Promise<void> {
    return this.run(async () => this.applyOverview(await teacherClassSignIn(required)));
  }

  setLearnerIdle(minutes: number): Promise<void> {
    return this.run(async () => {
      this.applyOverview(await teacherSetLearnerIdle(minutes));
      notices.inform(t('teacher-idle-saved'));
    });
  }

  /** A new admin PIN; true when it was saved. */
  async changeAdminPin(pin: string): Promise<boolean> {
    let done = false;
    await this.run(async () => {
      this.applyOverview(await teacherChangePin(pin));
      notices.inform(t('teacher-pin-changed'));
      done = true;
    });
    return done;
  }

  // ── one learner ──────────────────────────────────────────────────────────

  openLearnerDetail(id: number): Promise<void> {
    return this.run(async () => {
      this.learnerDetail = await teacherLearner(id);
      this.lessonDetail = null;
      this.pictureCard = null;
      nav.screen = 'teacher-learner';
    });
  }

  /** A cell of the class grid: that learner's answers, tries and time in that lesson. */
  openLessonDetail(learnerId: number, lessonUuid: string): Promise<void> {
    return this.run(async () => {
      const detail = await teacherLearner(learnerId);
      const lesson = detail.lessons.find((l) => l.lesson.uuid === lessonUuid);
      this.lessonDetail = lesson ? { learner: detail.learner, lesson } : null;
    });
  }

  /** A lesson on the learner's page: the page already holds its details. */
  showLessonDetail(lessonUuid: string): void {
    const lesson = this.learnerDetail?.lessons.find((l) => l.lesson.uuid === lessonUuid);
    if (this.learnerDetail && lesson) this.lessonDetail = { learner: this.learnerDetail.learner, lesson };
  }

  closeLessonDetail(): void {
    this.lessonDetail = null;
  }

  /** Back to the class table, fresh. */
  backToClass(): Promise<void> {
    return this.run(async () => {
      this.applyOverview(await teacherOverview());
      this.learnerDetail = null;
      nav.screen = 'teacher';
    });
  }

  deleteLearner(id: number): Promise<void> {
    return this.run(async () => {
      this.applyOverview(await teacherDeleteLearner(id));
      this.learnerDetail = null;
      nav.screen = 'teacher';
      notices.inform(t('settings-deleted'));
    });
  }

  /** Sets or removes a learner's picture password or PIN; a picture password opens its card. */
  setLearnerSecret(id: number, secret: LearnerSecret | null): Promise<void> {
    return this.run(async () => {
      const set = await teacherSetSecret(id, secret);
      if (this.learnerDetail?.learner.id === id) this.learnerDetail.learner = set.learner;
      // A new secret starts its failed-try count again: refresh what the teacher sees.
      this.applyOverview(await teacherOverview());
      this.pictureCard = set.card;
      if (set.card) nav.screen = 'card';
      else notices.inform(t('teacher-secret-saved'));
    });
  }

  openRecord(id: number): Promise<void> {
    return this.run(async () => {
      this.record = await learnerRecord(id);
      nav.screen = 'record';
    });
  }

  /** From a printable page (record, card) back to the learner's page. */
  backToLearner(): void {
    this.record = null;
    this.pictureCard = null;
    nav.screen = this.learnerDetail ? 'teacher-learner' : 'teacher';
  }

  // ── files ────────────────────────────────────────────────────────────────

  exportReportCsv(): Promise<void> {
    return this.run(async () => savedAs(await reportExportCsv()));
  }

  exportProgress(scope: ExportScope): Promise<void> {
    return this.run(async () => savedAs(await progressExport(scope)));
  }

  /** Step one: Rust reads the chosen file and says what it would change; nothing changes yet. */
  importProgress(): Promise<void> {
    return this.run(async () => {
      this.importPreview = await progressImport();
    });
  }

  /** "Import" in the preview: now the file is merged. */
  confirmImport(): Promise<void> {
    const preview = this.importPreview;
    this.importPreview = null;
    if (!preview) return Promise.resolve();
    return this.run(async () => {
      const summary = await progressImportConfirm(preview.token);
      this.applyOverview(await teacherOverview());
      notices.inform(
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
    return nav.run(() => progressImportCancel(preview.token));
  }
}

function savedAs(file: string | null): void {
  if (file) notices.inform(t('file-saved', { file }));
}

export const teacher = new TeacherState();
