// First start and session: what the opening screens need; and printing what the window shows.
import { call } from './call';
import type { Bootstrap } from './bindings/Bootstrap';
import type { LocaleInfo } from './bindings/LocaleInfo';
import type { AboutView } from './bindings/AboutView';

export const appBootstrap = () => call<Bootstrap>('app_bootstrap');
/** The system's language as Rust reads it; answers even when the data could not be opened. */
export const appLocale = () => call<LocaleInfo>('app_locale');
export const appWelcomed = () => call<null>('app_welcomed');
export const appPrint = () => call<null>('app_print');
/** The page has saved what was being typed: the window may close now. */
export const appCloseReady = () => call<null>('app_close_ready');
export const appAbout = () => call<AboutView>('app_about');
