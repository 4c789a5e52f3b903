// The course map: every lesson's card with the learner's state and score.
import { call } from './call';
import type { LessonCard } from './bindings/LessonCard';

export const courseOverview = () => call<LessonCard[]>('course_overview');
