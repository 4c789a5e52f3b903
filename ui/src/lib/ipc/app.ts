// The app itself: start-up, the system's language, printing, closing, About Klar.
import { call } from './call';
import type { AboutView } from './bindings/AboutView';
import type { Bootstrap } from './bindings/Bootstrap';
import type { LocaleInfo } from './bindings/LocaleInfo';

export const appBootstrap = () => call<Bootstrap>('app_bootstrap');
export const appWelcomed = () => call<null>('app_welcomed');
/** The system's language as Rust reads it; answers even when the data could not be opened. */
export const appLocale = () => call<LocaleInfo>('app_locale');
export const appPrint = () => call<null>('app_print');
/** The page has saved what was being typed: the window may close now. */
export const appCloseReady = () => call<null>('app_close_ready');
export const appAbout = () => call<AboutView>('app_about');
