// The lesson player: open a lesson where the learner left off, move, answer (checked in Rust; the UI
// only learns the verdict, the feedback and the lesson's calibration), predict and record a demo run,
// reflect and share, the time spent, finish.
import { call } from './call';
import type { ActivityView } from './bindings/ActivityView';
import type { AnswerView } from './bindings/AnswerView';
import type { Confidence } from './bindings/Confidence';
import type { DemoLoopView } from './bindings/DemoLoopView';
import type { DemoValue } from './bindings/DemoValue';
import type { LessonCard } from './bindings/LessonCard';
import type { LessonView } from './bindings/LessonView';
import type { SavedView } from './bindings/SavedView';

export const lessonOpen = (lessonUuid: string) => call<LessonView>('lesson_open', { lessonUuid });
export const lessonGoto = (lessonUuid: string, stepUuid: string) => call<null>('lesson_goto', { lessonUuid, stepUuid });
/** `confidence`: how sure the learner is, asked before the first answer to a scored question. */
export const quizAnswer = (lessonUuid: string, questionUuid: string, chosen: string[], confidence: Confidence | null) =>
  call<AnswerView>('quiz_answer', { lessonUuid, questionUuid, chosen, confidence });
export const reflectionSave = (lessonUuid: string, stepUuid: string, text: string) =>
  call<SavedView>('reflection_save', { lessonUuid, stepUuid, text });
export const reflectionShare = (lessonUuid: string, stepUuid: string, shared: boolean) =>
  call<null>('reflection_share', { lessonUuid, stepUuid, shared });
export const demoPredict = (lessonUuid: string, stepUuid: string, option: string) =>
  call<DemoLoopView>('demo_predict', { lessonUuid, stepUuid, option });
export const demoRecord = (lessonUuid: string, stepUuid: string, values: Record<string, DemoValue>) =>
  call<DemoLoopView>('demo_record', { lessonUuid, stepUuid, values });
export const lessonActivity = (lessonUuid: string) => call<ActivityView>('lesson_activity', { lessonUuid });
export const lessonComplete = (lessonUuid: string) => call<LessonCard[]>('lesson_complete', { lessonUuid });
