// Klar's desktop entry point; everything happens in the library so tests can reach it.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    klar_app::run()
}
