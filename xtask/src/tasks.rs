//! `cargo xtask run` and `cargo xtask test`: the README's two commands. Each installs what is
//! missing (system packages when run as root, node packages, the model, tauri-driver), builds
//! the UI and the app, and then runs the app or every test.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Debian packages the window needs (build and run).
pub(crate) const APP_PACKAGES: &[&str] =
    &["libwebkit2gtk-4.1-dev", "libayatana-appindicator3-dev", "librsvg2-dev", "libxdo-dev", "pkg-config", "build-essential"];
/// Extra Debian packages the end-to-end tests need (`x11-apps` for `xwd`: the journeys' screenshots
/// are the X screen's, see tests/e2e/xshot.mjs).
pub(crate) const TEST_PACKAGES: &[&str] = &["xvfb", "webkit2gtk-driver", "xauth", "x11-apps"];

/// Crates that would let the app talk to the network; none may be in the dependency tree.
const FORBIDDEN_CRATES: &[&str] =
    &["reqwest", "ureq", "hyper", "isahc", "curl", "attohttpc", "surf", "hf-hub", "tokio-tungstenite", "native-tls"];

pub(crate) fn step(title: &str) {
    println!("\n==> {title}");
}

pub(crate) fn run_cmd(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

pub(crate) fn have(program: &str) -> bool {
    Command::new("sh").arg("-c").arg(format!("command -v {program} >/dev/null 2>&1")).status().is_ok_and(|s| s.success())
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn missing_packages(packages: &[&str]) -> Vec<String> {
    packages
        .iter()
        .filter(|p| {
            !Command::new("dpkg-query")
                .args(["-W", "-f=${Status}", p])
                .output()
                .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        })
        .map(|p| p.to_string())
        .collect()
}

/// Installs missing Debian packages as root; otherwise prints the exact line and stops.
pub(crate) fn ensure_packages(packages: &[&str]) -> Result<(), String> {
    if !have("dpkg-query") {
        println!("(not a Debian-like system: make sure the WebKitGTK 4.1 development files are installed)");
        return Ok(());
    }
    let missing = missing_packages(packages);
    if missing.is_empty() {
        return Ok(());
    }
    let line = format!("apt-get install -y {}", missing.join(" "));
    if !is_root() {
        return Err(format!("these system packages are missing; install them with:\n    sudo apt-get update && sudo {line}\nthen run this command again"));
    }
    step(&format!("Installing system packages: {}", missing.join(" ")));
    run_cmd(Command::new("apt-get").arg("update").arg("-qq"))?;
    run_cmd(Command::new("apt-get").args(["install", "-y", "-qq"]).args(&missing).env("DEBIAN_FRONTEND", "noninteractive"))
}

fn ui_dir() -> PathBuf {
    crate::repo_root().join("ui")
}

pub(crate) fn npm(args: &[&str]) -> Result<(), String> {
    run_cmd(Command::new("npm").args(args).current_dir(ui_dir()))
}

/// `npm ci` when node_modules is missing or older than the lock file.
pub(crate) fn ensure_node_packages() -> Result<(), String> {
    if !have("npm") {
        return Err("Node.js 20 or newer with npm is needed to build the interface (Debian: apt-get install nodejs npm)".into());
    }
    let stamp = ui_dir().join("node_modules/.package-lock.json");
    let lock = ui_dir().join("package-lock.json");
    let fresh = match (std::fs::metadata(&stamp).and_then(|m| m.modified()), std::fs::metadata(&lock).and_then(|m| m.modified())) {
        (Ok(s), Ok(l)) => s >= l,
        _ => false,
    };
    if !fresh {
        step("Installing the interface's node packages (npm ci)");
        npm(&["ci", "--no-audit", "--no-fund"])?;
    }
    Ok(())
}

pub(crate) fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(crate::repo_root());
    c
}

pub(crate) fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| crate::repo_root().join("target"))
}

fn build_app() -> Result<PathBuf, String> {
    step("Building the interface (ui/dist)");
    npm(&["run", "build"])?;
    step("Building the Klar app");
    run_cmd(cargo().args(["build", "-p", "klar"]))?;
    let bin = target_dir().join("debug").join(if cfg!(windows) { "klar.exe" } else { "klar" });
    if !bin.is_file() {
        return Err(format!("the build did not produce {}", bin.display()));
    }
    // "About Klar" finds the licence list beside the binary, as in the package.
    step("Writing the licence list beside the app (About Klar)");
    crate::licences::write(&target_dir().join("debug").join("licences"))?;
    Ok(bin)
}

pub(crate) fn fetch_models() -> Result<(), String> {
    step("Checking the language model (models/)");
    crate::models::fetch_models(&[])
}

pub fn run(args: &[String]) -> Result<(), String> {
    ensure_packages(APP_PACKAGES)?;
    ensure_node_packages()?;
    fetch_models()?;
    let bin = build_app()?;
    step("Starting Klar");
    run_cmd(Command::new(bin).args(args))
}

/// Fails when any crate that could reach the network is in the dependency tree.
fn check_no_network_crates() -> Result<(), String> {
    step("Checking that no HTTP client is in the dependency tree");
    let out = cargo()
        .args(["tree", "--workspace", "-e", "normal", "--prefix", "none", "--format", "{p}"])
        .output()
        .map_err(|e| format!("cargo tree: {e}"))?;
    if !out.status.success() {
        return Err(format!("cargo tree failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let tree = String::from_utf8_lossy(&out.stdout);
    let found: Vec<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| FORBIDDEN_CRATES.contains(name))
        .collect();
    if found.is_empty() {
        println!("none of {} found", FORBIDDEN_CRATES.join(", "));
        Ok(())
    } else {
        Err(format!("network crates in the dependency tree: {}", found.join(", ")))
    }
}

/// The Rust tests regenerate the UI's TypeScript types (ts-rs); they must equal the committed ones,
/// or the UI was checked against stale types.
fn check_bindings_current() -> Result<(), String> {
    if !crate::repo_root().join(".git").exists() || !have("git") {
        return Ok(());
    }
    step("Checking that the UI's generated types match the Rust types");
    let out = Command::new("git")
        .args(["status", "--porcelain", "--", "ui/src/lib/ipc/bindings"])
        .current_dir(crate::repo_root())
        .output()
        .map_err(|e| format!("git status: {e}"))?;
    let changed = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if changed.is_empty() {
        Ok(())
    } else {
        Err(format!("the tests regenerated the UI's types and they differ from the committed ones:\n{changed}\ncommit the new types"))
    }
}

pub(crate) fn ensure_tauri_driver() -> Result<PathBuf, String> {
    let home_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|h| h.join("bin/tauri-driver"));
    if let Some(p) = home_bin.as_ref().filter(|p| p.is_file()) {
        return Ok(p.clone());
    }
    if have("tauri-driver") {
        return Ok(PathBuf::from("tauri-driver"));
    }
    step("Installing tauri-driver (WebDriver bridge for the end-to-end tests)");
    run_cmd(cargo().args(["install", "tauri-driver", "--version", "^2", "--locked"]))?;
    home_bin.filter(|p| p.is_file()).ok_or_else(|| "tauri-driver was installed but cannot be found".into())
}

fn e2e(bin: &Path, driver: &Path) -> Result<(), String> {
    step("End-to-end journeys in the real window (Xvfb + tauri-driver + WebKitWebDriver)");
    let artifacts = crate::repo_root().join("tests/artifacts");
    let _ = std::fs::create_dir_all(&artifacts);
    run_cmd(
        Command::new("xvfb-run")
            .args(["-a", "-s", "-screen 0 1280x800x24", "node", "--test", "--test-concurrency=1", "tests/e2e/"])
            .current_dir(crate::repo_root())
            .env("KLAR_APP", bin)
            .env("TAURI_DRIVER", driver)
            .env("KLAR_ARTIFACTS", &artifacts),
    )
}

pub fn test(args: &[String]) -> Result<(), String> {
    let started = Instant::now();
    let skip_e2e = args.iter().any(|a| a == "--no-e2e");
    let mut packages: Vec<&str> = APP_PACKAGES.to_vec();
    if !skip_e2e {
        packages.extend_from_slice(TEST_PACKAGES);
    }
    ensure_packages(&packages)?;
    ensure_node_packages()?;
    fetch_models()?;

    step("Content checker (cargo xtask check)");
    crate::check::check(&[])?;

    step("Interface: type check, unit tests and build (the app embeds ui/dist)");
    npm(&["run", "check"])?;
    npm(&["test"])?;
    npm(&["run", "build"])?;

    check_no_network_crates()?;

    step("Rust tests (every crate)");
    run_cmd(cargo().args(["test", "--workspace", "--no-fail-fast"]))?;
    check_bindings_current()?;

    step("Crash test: acknowledged writes survive SIGKILL (30 kills; `cargo xtask crash-test 1000` for more)");
    crate::crash::crash_test(&["30".to_string()])?;

    if !skip_e2e {
        let driver = ensure_tauri_driver()?;
        let bin = build_app()?;
        e2e(&bin, &driver)?;
    }
    println!("\nAll tests passed in {:.0} s.", started.elapsed().as_secs_f64());
    Ok(())
}
