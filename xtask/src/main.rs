//! `cargo xtask …`: the project's own commands (run, test, check, package, fetch-models, bench,
//! crash-test).
//! Everything the README promises is reachable from here, so CI and people use the same steps.

mod bench;
mod check;
mod licences;
mod crash;
mod facts;
mod figures;
mod minutes;
mod models;
mod package;
mod package_test;
mod quiz;
mod tasks;
mod terms;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cmd, rest) = match args.split_first() {
        Some((c, r)) => (c.as_str(), r),
        None => ("help", &[][..]),
    };
    let result = match cmd {
        "fetch-models" => models::fetch_models(rest),
        "bench" => bench::bench(rest),
        "check" => check::check(rest),
        "package" => package::package(rest),
        // The About page's licence list beside the development build (run and test do this too).
        "licences" => licences::write(&tasks::target_dir().join("debug").join("licences")).map(|_| ()),
        "package-test" => package_test::package_test(rest),
        "app-figures" => figures::app_figures(rest),
        "run" => tasks::run(rest),
        "test" => tasks::test(rest),
        "crash-test" => crash::crash_test(rest),
        // Hidden: the process that crash-test kills.
        "crash-child" => crash::child(rest),
        _ => {
            eprintln!("usage: cargo xtask <run|test|check|package|package-test|app-figures|fetch-models|bench|crash-test>");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask {cmd}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (xtask lives one level below it).
pub fn repo_root() -> std::path::PathBuf {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().unwrap_or(here).to_path_buf()
}
