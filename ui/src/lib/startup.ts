// Marks of the start-up, read by `cargo xtask app-figures` (tests/perf/app-figures.mjs) to see
// where the time to the first screen goes. Marks only: nothing is sent anywhere.

declare global {
  interface Window {
    /** When the first screen was painted and answers to input (milliseconds since the epoch). */
    __klarFirstScreen?: number;
    /** The system's language, put into the page by the shell before any script runs. */
    __klarLocale?: import('./ipc/bindings/LocaleInfo').LocaleInfo;
  }
}

export function markStart(name: 'klar-script' | 'klar-locale' | 'klar-bootstrap'): void {
  performance.mark(name);
}

/** The first real screen (not the loading one) is on display: mark it once, after it was painted. */
export function markFirstScreen(): void {
  if (window.__klarFirstScreen !== undefined) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (window.__klarFirstScreen !== undefined) return;
      performance.mark('klar-first-screen');
      window.__klarFirstScreen = performance.timeOrigin + performance.now();
    }, 0),
  );
}
