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
/// never looks into the source tree). Always a copy, never a hard link: `cargo xtask package`
/// later has Tauri's bundler copy its resources onto this same path, and copying onto a hard
/// link truncates the one file both names share, the model in `models/` (it happened once: the
/// default model became 0 bytes). A hard link left by an older version of this command is
/// replaced by a copy.
fn place_models(app: &std::path::Path, models: &[std::path::PathBuf]) -> Result<(), String> {
    let dir = app.parent().ok_or("the app has no folder")?.join("models");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for m in models {
        let name = m.file_name().ok_or("a model path without a file name")?;
        let dest = dir.join(name);
        let up_to_date = match (std::fs::metadata(m), std::fs::metadata(&dest)) {
            (Ok(src), Ok(dst)) => src.len() == dst.len() && !same_file(&src, &dst),
            _ => false,
        };
        if up_to_date {
            continue;
        }
        // Removing first unlinks a shared name instead of writing through it.
        let _ = std::fs::remove_file(&dest);
        std::fs::copy(m, &dest).map_err(|e| format!("cannot copy {} to {}: {e}", m.display(), dest.display()))?;
    }
    Ok(())
}

/// Whether two names are one file (a hard link).
#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &std::fs::Metadata, _: &std::fs::Metadata) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundler copies its resources onto the placed models; the source must survive that,
    /// also where an older version of this command had left a hard link.
    #[test]
    fn a_copy_onto_the_placed_model_leaves_the_source_whole() {
        let root = std::env::temp_dir().join(format!("klar-place-models-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let (src_dir, bin_dir) = (root.join("models"), root.join("release"));
        std::fs::create_dir_all(&src_dir).unwrap();
        std::fs::create_dir_all(bin_dir.join("models")).unwrap();
        let model = src_dir.join("m.gguf");
        std::fs::write(&model, b"GGUF and some weights").unwrap();
        let placed = bin_dir.join("models/m.gguf");
        // What the old command left behind: the same file under two names.
        std::fs::hard_link(&model, &placed).unwrap();

        place_models(&bin_dir.join("klar"), std::slice::from_ref(&model)).unwrap();
        // What Tauri's bundler does with its resources.
        std::fs::copy(&model, &placed).unwrap();

        assert_eq!(std::fs::read(&model).unwrap(), b"GGUF and some weights");
        assert_eq!(std::fs::read(&placed).unwrap(), b"GGUF and some weights");
        std::fs::remove_dir_all(&root).unwrap();
    }
}
