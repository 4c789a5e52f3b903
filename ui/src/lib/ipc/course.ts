// The course: the course map, the glossary (one term or all), a lesson's teachers' page and summary,
// and the Lab page's starting settings (from the lessons' presets).
import { call } from './call';
import type { GlossaryView } from './bindings/GlossaryView';
import type { LabPreset } from './bindings/LabPreset';
import type { LessonCard } from './bindings/LessonCard';
import type { LessonSummaryView } from './bindings/LessonSummaryView';
import type { TeacherNotesView } from './bindings/TeacherNotesView';

export const courseOverview = () => call<LessonCard[]>('course_overview');
export const glossaryTerm = (term: string) => call<GlossaryView>('glossary_term', { term });
export const glossaryAll = () => call<GlossaryView[]>('glossary_all');
export const lessonTeachers = (lessonUuid: string) => call<TeacherNotesView>('lesson_teachers', { lessonUuid });
export const lessonSummary = (lessonUuid: string) => call<LessonSummaryView>('lesson_summary', { lessonUuid });
export const labPresets = () => call<LabPreset[]>('lab_presets');
