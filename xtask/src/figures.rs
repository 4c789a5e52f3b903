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
    let models = crate::models::packaged_models()?;
    let driver = crate::tasks::ensure_tauri_driver()?;
    step("Building the interface (ui/dist)");
    npm(&["run", "build"])?;
    step("Building the Klar app (release, the package's flags)");
    run_cmd(cargo().args(["build", "--release", "-p", "klar", "--bin", "klar"]).env("RUSTFLAGS", crate::package::release_rustflags()))?;
    let app = target_dir().join("release").join("klar");
    place_models(&app, &models)?;
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

/// Puts the packaged models into `models/` next to the release binary, where the installed app
/// finds them (a plain `cargo build` does not copy Tauri's resources there; a release build
/// never looks into the source tree). A hard link where the file system allows, else a copy.
fn place_models(app: &std::path::Path, models: &[std::path::PathBuf]) -> Result<(), String> {
    let dir = app.parent().ok_or("the app has no folder")?.join("models");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for m in models {
        let name = m.file_name().ok_or("a model path without a file name")?;
        let dest = dir.join(name);
        let same_size = |a: &std::path::Path, b: &std::path::Path| {
            matches!((std::fs::metadata(a), std::fs::metadata(b)), (Ok(x), Ok(y)) if x.len() == y.len())
        };
        if same_size(m, &dest) {
            continue;
        }
        let _ = std::fs::remove_file(&dest);
        if std::fs::hard_link(m, &dest).is_err() {
            std::fs::copy(m, &dest).map_err(|e| format!("cannot copy {} to {}: {e}", m.display(), dest.display()))?;
        }
    }
    Ok(())
}
