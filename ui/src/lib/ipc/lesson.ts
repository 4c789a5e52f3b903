// Inside a lesson: open it where the learner left off, remember each move, finish it.
import { call } from './call';
import type { LessonCard } from './bindings/LessonCard';
import type { LessonView } from './bindings/LessonView';

export const lessonOpen = (lessonUuid: string) => call<LessonView>('lesson_open', { lessonUuid });
export const lessonGoto = (lessonUuid: string, stepUuid: string) => call<null>('lesson_goto', { lessonUuid, stepUuid });
export const lessonComplete = (lessonUuid: string) => call<LessonCard[]>('lesson_complete', { lessonUuid });
