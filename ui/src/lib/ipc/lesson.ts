// Inside a lesson: open it where the learner left off, remember each move, finish it; and the pages
// around it – the teachers' notes and the printable one-page summary.
import { call } from './call';
import type { LessonCard } from './bindings/LessonCard';
import type { LessonSummaryView } from './bindings/LessonSummaryView';
import type { LessonView } from './bindings/LessonView';
import type { TeacherNotesView } from './bindings/TeacherNotesView';

export const lessonOpen = (lessonUuid: string) => call<LessonView>('lesson_open', { lessonUuid });
export const lessonGoto = (lessonUuid: string, stepUuid: string) => call<null>('lesson_goto', { lessonUuid, stepUuid });
export const lessonComplete = (lessonUuid: string) => call<LessonCard[]>('lesson_complete', { lessonUuid });
export const lessonTeachers = (lessonUuid: string) => call<TeacherNotesView>('lesson_teachers', { lessonUuid });
export const lessonSummary = (lessonUuid: string) => call<LessonSummaryView>('lesson_summary', { lessonUuid });
