//! Declares the app's own commands (from src/commands/list.rs) so that Tauri generates their
//! permissions; the window's capability in capabilities/ grants exactly these and nothing else.

// The one list of commands lives with the commands; build.rs reads the same file.
include!("src/commands/list.rs");

macro_rules! names {
    ($($module:ident { $($command:ident),* $(,)? })*) => {
        &[$($(stringify!($command)),*),*]
    };
}
const COMMANDS: &[&str] = klar_commands!(names);

fn main() {
    let attrs = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attrs) {
        panic!("tauri build step failed: {e:#}");
    }
}
