// The session's idle rule: how long until a learner is signed out, and "I am still here".
import { call } from './call';
import type { IdleView } from './bindings/IdleView';

export const sessionIdle = () => call<IdleView>('session_idle');
export const sessionKeepAlive = () => call<null>('session_keep_alive');
