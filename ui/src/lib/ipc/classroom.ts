// The classroom and library rules: the device mode, the admin PIN and the teacher's session, the class
// list and its sign-in secrets.
import { call } from './call';
import type { Bootstrap } from './bindings/Bootstrap';
import type { DeviceMode } from './bindings/DeviceMode';
import type { LearnerSecret } from './bindings/LearnerSecret';
import type { ModeView } from './bindings/ModeView';
import type { SecretSetView } from './bindings/SecretSetView';
import type { TeacherOverview } from './bindings/TeacherOverview';

export const modeStatus = () => call<ModeView>('mode_status');
export const modeChoose = (mode: DeviceMode, adminPin: string | null, newPin: string | null) =>
  call<Bootstrap>('mode_choose', { mode, adminPin, newPin });
export const teacherUnlock = (pin: string) => call<TeacherOverview>('teacher_unlock', { pin });
export const teacherLock = () => call<Bootstrap>('teacher_lock');
export const teacherAddLearner = (name: string, avatar: string) => call<TeacherOverview>('teacher_add_learner', { name, avatar });
export const teacherDeleteLearner = (id: number) => call<TeacherOverview>('teacher_delete_learner', { id });
export const teacherClassSignIn = (required: boolean) => call<TeacherOverview>('teacher_class_sign_in', { required });
export const teacherSetLearnerIdle = (minutes: number) => call<TeacherOverview>('teacher_set_learner_idle', { minutes });
export const teacherChangePin = (pin: string) => call<TeacherOverview>('teacher_change_pin', { pin });
export const teacherSetSecret = (id: number, secret: LearnerSecret | null) => call<SecretSetView>('teacher_set_secret', { id, secret });
