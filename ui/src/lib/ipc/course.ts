// The course: the course map, the glossary (one term or all), a lesson's teachers' page and summary.
import { call } from './call';
import type { GlossaryView } from './bindings/GlossaryView';
import type { LessonCard } from './bindings/LessonCard';
import type { LessonSummaryView } from './bindings/LessonSummaryView';
import type { TeacherNotesView } from './bindings/TeacherNotesView';

export const courseOverview = () => call<LessonCard[]>('course_overview');
export const glossaryTerm = (term: string) => call<GlossaryView>('glossary_term', { term });
export const glossaryAll = () => call<GlossaryView[]>('glossary_all');
export const lessonTeachers = (lessonUuid: string) => call<TeacherNotesView>('lesson_teachers', { lessonUuid });
export const lessonSummary = (lessonUuid: string) => call<LessonSummaryView>('lesson_summary', { lessonUuid });
