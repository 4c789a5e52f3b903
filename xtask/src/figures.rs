//! `cargo xtask app-figures`: the release app's figures for the README — start to the first
//! interactive screen, memory at that screen (app plus WebKit), Send to the first token in the chat
//! — measured in the real window under Xvfb, medians of five runs (tests/perf/app-figures.mjs).
//! It builds the release app with the package's compiler flags, so it shares the package's build.

use crate::tasks::{cargo, ensure_node_packages, ensure_packages, npm, run_cmd, step, target_dir, APP_PACKAGES};
use std::process::Command;

pub fn app_figures(args: &[String]) -> Result<(), String> {
    let runs = match args {
        [] => 5,
        [flag, n] if flag == "--runs" => n.parse::<u32>().map_err(|_| format!("--runs wants a number, not '{n}'"))?,
        _ => return Err("usage: cargo xtask app-figures [--runs N]".into()),
    };
    let mut needed: Vec<&str> = APP_PACKAGES.to_vec();
    needed.extend(crate::tasks::TEST_PACKAGES);
    ensure_packages(&needed)?;
    ensure_node_packages()?;
    crate::models::packaged_models()?;
    let driver = crate::tasks::ensure_tauri_driver()?;
    step("Building the interface (ui/dist)");
    npm(&["run", "build"])?;
    step("Building the Klar app (release, the package's flags)");
    run_cmd(cargo().args(["build", "--release", "-p", "klar", "--bin", "klar"]).env("RUSTFLAGS", crate::package::release_rustflags()))?;
    let app = target_dir().join("release").join("klar");
    step(&format!("Measuring {runs} runs in the real window (Xvfb + tauri-driver)"));
    run_cmd(
        Command::new("xvfb-run")
            .args(["-a", "-s", "-screen 0 1280x800x24", "node", "tests/perf/app-figures.mjs"])
            .current_dir(crate::repo_root())
            .env("KLAR_APP", &app)
            .env("KLAR_RUNS", runs.to_string())
            .env("TAURI_DRIVER", &driver),
    )?;
    let deb = crate::package::built_package().ok();
    if let Some(size) = deb.as_ref().and_then(|d| std::fs::metadata(d).ok()).map(|m| m.len()) {
        println!("package: {:.1} MB", size as f64 / 1e6);
    }
    Ok(())
}
