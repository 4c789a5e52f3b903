//! How WebKitGTK draws Klar's window on Linux: in software, without GPU compositing.
//!
//! Klar's screens are text, buttons and a drawing canvas: nothing a GPU speeds up. WebKitGTK's
//! default (hardware acceleration "always", through its DMA-BUF renderer) brings up OpenGL in the
//! web process for every window. On this project's reference machine that costs about 90 MiB and
//! makes the first model token appear about twice as late (README, "Performance"), and it is the
//! part of WebKitGTK known for blank windows on old or unusual graphics drivers and in virtual
//! machines: the library's old PCs. So Klar asks WebKit, through its settings API, never to use
//! hardware acceleration for this web view.
//!
//! The setting, not the `WEBKIT_DISABLE_DMABUF_RENDERER` variable: that variable leaves WebKit
//! without any buffer transport (newer WebKitGTK versions can crash on it) and changes the whole
//! process. `KLAR_GPU=1` keeps WebKit's default, for anyone who wants to compare.

/// Whether the person starting Klar asked for WebKit's own (GPU) default.
fn gpu_requested() -> bool {
    std::env::var("KLAR_GPU").is_ok_and(|v| v == "1")
}

/// Turns hardware acceleration off for the window's web view (Linux; elsewhere nothing to do).
pub fn software_only(window: &tauri::WebviewWindow) {
    if gpu_requested() {
        return;
    }
    #[cfg(target_os = "linux")]
    {
        let done = window.with_webview(|view| {
            use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
            if let Some(settings) = view.inner().settings() {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
        });
        if let Err(e) = done {
            tracing::warn!("could not turn WebKit's hardware acceleration off: {e}");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}
