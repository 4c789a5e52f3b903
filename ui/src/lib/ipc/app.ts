// First start and session: what the opening screens need; and printing what the window shows.
import { call } from './call';
import type { Bootstrap } from './bindings/Bootstrap';

export const appBootstrap = () => call<Bootstrap>('app_bootstrap');
export const appWelcomed = () => call<null>('app_welcomed');
export const appPrint = () => call<null>('app_print');
