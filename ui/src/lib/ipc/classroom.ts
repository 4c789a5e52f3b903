// The device mode, the teacher's session and view, learners' sign-in and the session's idle rule.
import { call } from './call';
import type { ActivityView } from './bindings/ActivityView';
import type { Bootstrap } from './bindings/Bootstrap';
import type { DeviceMode } from './bindings/DeviceMode';
import type { IdleView } from './bindings/IdleView';
import type { LearnerDetail } from './bindings/LearnerDetail';
import type { LearnerRecord } from './bindings/LearnerRecord';
import type { LearnerSecret } from './bindings/LearnerSecret';
import type { LearnerView } from './bindings/LearnerView';
import type { ModeView } from './bindings/ModeView';
import type { SecretSetView } from './bindings/SecretSetView';
import type { TeacherOverview } from './bindings/TeacherOverview';

export const modeStatus = () => call<ModeView>('mode_status');
export const modeChoose = (mode: DeviceMode, adminPin: string | null, newPin: string | null) =>
  call<Bootstrap>('mode_choose', { mode, adminPin, newPin });
export const teacherUnlock = (pin: string) => call<TeacherOverview>('teacher_unlock', { pin });
export const teacherOverview = () => call<TeacherOverview>('teacher_overview');
export const teacherLock = () => call<Bootstrap>('teacher_lock');
export const teacherAddLearner = (name: string, avatar: string) => call<TeacherOverview>('teacher_add_learner', { name, avatar });
export const teacherDeleteLearner = (id: number) => call<TeacherOverview>('teacher_delete_learner', { id });
export const teacherClassSignIn = (required: boolean) => call<TeacherOverview>('teacher_class_sign_in', { required });
export const teacherSetLearnerIdle = (minutes: number) => call<TeacherOverview>('teacher_set_learner_idle', { minutes });
export const teacherChangePin = (pin: string) => call<TeacherOverview>('teacher_change_pin', { pin });
export const teacherLearner = (id: number) => call<LearnerDetail>('teacher_learner', { id });
export const teacherSetSecret = (id: number, secret: LearnerSecret | null) => call<SecretSetView>('teacher_set_secret', { id, secret });
export const learnerRecord = (id: number) => call<LearnerRecord>('learner_record', { id });
export const learnersSignIn = (id: number, secret: LearnerSecret | null) => call<LearnerView>('learners_sign_in', { id, secret });
export const sessionIdle = () => call<IdleView>('session_idle');
export const sessionKeepAlive = () => call<null>('session_keep_alive');
export const lessonActivity = (lessonUuid: string) => call<ActivityView>('lesson_activity', { lessonUuid });
export const reflectionShare = (lessonUuid: string, stepUuid: string, shared: boolean) =>
  call<null>('reflection_share', { lessonUuid, stepUuid, shared });
