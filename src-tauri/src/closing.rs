//! Closing the window without losing the last words of a reflection: the page is asked to save
//! what is still being typed, and the window closes once the page says it is done, or after a
//! short wait regardless. The page may only call Klar's own commands, so it answers with one.

use std::sync::Mutex;
use std::time::Duration;
use tauri::{Manager, Runtime, WebviewWindow, WindowEvent};

/// How long a close waits for the page: a page that cannot answer (an error screen, a script that
/// hangs) must never keep the window open.
pub const CLOSE_WAIT: Duration = Duration::from_secs(2);

/// Tells the page that the window is about to close (ui/src/lib/autosave.ts listens for it). Tauri
/// delivers its own channel messages the same way, so the app's CSP lets it run.
const ASK_PAGE_TO_SAVE: &str = "window.dispatchEvent(new Event('klar-close-requested'))";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Phase {
    #[default]
    Open,
    /// The page was asked to save; the close waits for its answer or the end of the wait.
    Saving,
    /// The window is going away.
    Closing,
}

/// What to do when the window is asked to close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseStep {
    /// Keep the window open, ask the page to save and start the wait.
    AskPage,
    /// Keep the window open: the page is saving already.
    KeepWaiting,
    /// Let it close.
    Close,
}

/// Where a close of the window stands; one per app.
#[derive(Debug, Default)]
pub struct CloseGate(Mutex<Phase>);

impl CloseGate {
    fn phase(&self) -> std::sync::MutexGuard<'_, Phase> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The window was asked to close (its close button, Alt+F4, the OS).
    pub fn requested(&self) -> CloseStep {
        let mut phase = self.phase();
        match *phase {
            Phase::Open => {
                *phase = Phase::Saving;
                CloseStep::AskPage
            }
            Phase::Saving => CloseStep::KeepWaiting,
            Phase::Closing => CloseStep::Close,
        }
    }

    /// The page has saved, or the wait is over: true for the first of them, which closes the window.
    pub fn release(&self) -> bool {
        let mut phase = self.phase();
        let waiting = *phase == Phase::Saving;
        if waiting {
            *phase = Phase::Closing;
        }
        waiting
    }
}

/// Makes a close of `window` wait for the page's last save (at most [`CLOSE_WAIT`]).
pub fn save_before_close<R: Runtime>(window: &WebviewWindow<R>) {
    window.manage(CloseGate::default());
    let target = window.clone();
    window.on_window_event(move |event| {
        let WindowEvent::CloseRequested { api, .. } = event else { return };
        let gate = target.state::<CloseGate>();
        match gate.requested() {
            CloseStep::Close => {}
            CloseStep::KeepWaiting => api.prevent_close(),
            CloseStep::AskPage => {
                api.prevent_close();
                if let Err(e) = target.eval(ASK_PAGE_TO_SAVE) {
                    tracing::warn!("could not ask the page to save before closing: {e}");
                    close_now(&target, &gate);
                    return;
                }
                let waiting = target.clone();
                std::thread::spawn(move || {
                    std::thread::sleep(CLOSE_WAIT);
                    close_now(&waiting, &waiting.state::<CloseGate>());
                });
            }
        }
    });
}

fn close_now<R: Runtime>(window: &WebviewWindow<R>, gate: &CloseGate) {
    if gate.release() {
        if let Err(e) = window.destroy() {
            tracing::error!("could not close the window: {e}");
        }
    }
}

/// The page has saved what was being typed: the window may close now (`app_close_ready`). Does
/// nothing when no close is waiting.
pub fn page_saved<R: Runtime>(window: &WebviewWindow<R>) {
    if let Some(gate) = window.try_state::<CloseGate>() {
        close_now(window, &gate);
    }
}

#[cfg(test)]
mod tests {
    use super::{CloseGate, CloseStep};

    #[test]
    fn a_close_waits_for_the_page_once_and_then_goes_through() {
        let gate = CloseGate::default();
        assert!(!gate.release(), "nothing to release before a close was asked for");
        assert_eq!(gate.requested(), CloseStep::AskPage);
        // A second click on the close button while the page saves asks nothing new.
        assert_eq!(gate.requested(), CloseStep::KeepWaiting);
        // The page's answer closes the window; the end of the wait then does nothing more.
        assert!(gate.release());
        assert!(!gate.release());
        assert_eq!(gate.requested(), CloseStep::Close);
    }
}
