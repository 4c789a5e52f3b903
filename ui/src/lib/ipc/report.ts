// The teacher's report: the class overview, one learner's details and printable record, the class
// table as CSV (Rust opens the save dialog; the window only learns the file's name).
import { call } from './call';
import type { LearnerDetail } from './bindings/LearnerDetail';
import type { LearnerRecord } from './bindings/LearnerRecord';
import type { TeacherOverview } from './bindings/TeacherOverview';

export const teacherOverview = () => call<TeacherOverview>('teacher_overview');
export const teacherLearner = (id: number) => call<LearnerDetail>('teacher_learner', { id });
export const learnerRecord = (id: number) => call<LearnerRecord>('learner_record', { id });
export const reportExportCsv = () => call<string | null>('report_export_csv');
