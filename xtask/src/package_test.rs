//! `cargo xtask package-test`: the package from `cargo xtask package` on a clean PC. It makes a clean
//! Debian 12 root with debootstrap (cached outside the repository), installs the .deb with apt so
//! that its dependencies resolve from Debian's archive, and runs the installed-package journey
//! (tests/e2e/installed-journey.test.mjs) against /usr/bin/klar under Xvfb inside that root.
//! `--nehalem` instead runs the packaged klar-lab on the reference prompts natively and under
//! `qemu-x86_64 -cpu Nehalem` (a CPU without AVX/AVX2) and compares token ids and top-1 tokens.
//! Slow (minutes); run by hand, not by `cargo xtask test`.

use crate::package::cache_dir;
use crate::tasks::{ensure_packages, run_cmd, step};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Packages the clean root needs besides Klar itself, to drive its window.
const JOURNEY_PACKAGES: &[&str] = &["xvfb", "xauth", "webkit2gtk-driver", "x11-apps", "nodejs"];

/// The Debian archive this machine's apt uses (so the clean root resolves packages the same way);
/// None lets debootstrap use its own default.
fn host_mirror() -> Option<String> {
    let mut texts: Vec<String> = Vec::new();
    if let Ok(t) = std::fs::read_to_string("/etc/apt/sources.list") {
        texts.push(t);
    }
    if let Ok(dir) = std::fs::read_dir("/etc/apt/sources.list.d") {
        for e in dir.flatten() {
            if let Ok(t) = std::fs::read_to_string(e.path()) {
                texts.push(t);
            }
        }
    }
    mirror_in(&texts)
}

/// The first Debian archive (not the security one) named in apt source files' texts.
fn mirror_in(texts: &[String]) -> Option<String> {
    for t in texts {
        for line in t.lines().map(str::trim) {
            // One-line format: "deb [opts] URI suite components"; deb822: "URIs: URI".
            let uri = if let Some(rest) = line.strip_prefix("URIs:") {
                rest.split_whitespace().next()
            } else if line.starts_with("deb ") {
                line.split_whitespace().skip(1).find(|w| !w.starts_with('['))
            } else {
                None
            };
            if let Some(uri) = uri.filter(|u| u.starts_with("http") && !u.contains("security") && u.trim_end_matches('/').ends_with("/debian")) {
                return Some(uri.to_string());
            }
        }
    }
    None
}

/// A clean Debian 12 root, made once and kept in the cache; every test copies it afresh.
fn base_root() -> Result<PathBuf, String> {
    let base = cache_dir().join("debian-12-root");
    if base.join("etc/debian_version").is_file() {
        return Ok(base);
    }
    step("Making a clean Debian 12 root with debootstrap (once; kept in the build cache)");
    let partial = cache_dir().join("debian-12-root.partial");
    let _ = std::fs::remove_dir_all(&partial);
    let mut cmd = Command::new("debootstrap");
    cmd.args(["--variant=minbase", "bookworm"]).arg(&partial);
    if let Some(m) = host_mirror() {
        cmd.arg(m);
    }
    run_cmd(&mut cmd)?;
    std::fs::rename(&partial, &base).map_err(|e| format!("cannot keep the root at {}: {e}", base.display()))?;
    Ok(base)
}

/// proc, sys and dev inside the root for as long as it lives; unmounted again on drop.
struct Mounts {
    points: Vec<PathBuf>,
}

impl Mounts {
    fn new(root: &Path) -> Result<Self, String> {
        let mut m = Mounts { points: Vec::new() };
        for (fs, dir, bind) in [("proc", "proc", false), ("sysfs", "sys", false), ("/dev", "dev", true), ("/dev/pts", "dev/pts", true)] {
            let target = root.join(dir);
            std::fs::create_dir_all(&target).map_err(|e| format!("cannot create {}: {e}", target.display()))?;
            let mut cmd = Command::new("mount");
            if bind {
                cmd.args(["--bind", fs]);
            } else {
                cmd.args(["-t", fs, fs]);
            }
            run_cmd(cmd.arg(&target))?;
            m.points.push(target);
        }
        Ok(m)
    }
}

impl Drop for Mounts {
    fn drop(&mut self) {
        for p in self.points.iter().rev() {
            let _ = Command::new("umount").arg("-l").arg(p).status();
        }
    }
}

fn chroot(root: &Path, script: &str) -> Result<(), String> {
    run_cmd(
        Command::new("chroot")
            .arg(root)
            .args(["/usr/bin/env", "-i", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root", "DEBIAN_FRONTEND=noninteractive"])
            .args(["/bin/sh", "-ec", script]),
    )
}

fn copy(from: &Path, to: &Path) -> Result<(), String> {
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::copy(from, to).map(|_| ()).map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

fn journey(deb: &Path) -> Result<(), String> {
    ensure_packages(&["debootstrap"])?;
    let base = base_root()?;
    let root = cache_dir().join("package-test-root");
    let _ = std::fs::remove_dir_all(&root);
    step("Copying the clean root");
    run_cmd(Command::new("cp").arg("-a").arg(&base).arg(&root))?;
    let mounts = Mounts::new(&root)?;
    copy(Path::new("/etc/resolv.conf"), &root.join("etc/resolv.conf"))?;
    copy(deb, &root.join("tmp/klar.deb"))?;
    let e2e = crate::repo_root().join("tests/e2e");
    for f in ["webdriver.mjs", "xshot.mjs", "installed-journey.test.mjs"] {
        copy(&e2e.join(f), &root.join("opt/klar-test").join(f))?;
    }
    let driver = which("tauri-driver").ok_or("tauri-driver is needed (cargo install tauri-driver --version ^2 --locked)")?;
    copy(&driver, &root.join("usr/local/bin/tauri-driver"))?;

    step("Installing the package with apt in the clean root (its dependencies come from Debian's archive)");
    chroot(&root, "apt-get update -qq && apt-get install -y -qq /tmp/klar.deb")?;
    chroot(&root, "dpkg -s klar | grep -E '^(Package|Version|Depends):'; ls /usr/lib/Klar /usr/lib/Klar/models")?;
    step("Installing what drives the window in the test (Xvfb, WebKitWebDriver, Node.js)");
    chroot(&root, &format!("apt-get install -y -qq {}", JOURNEY_PACKAGES.join(" ")))?;
    step("The journey on /usr/bin/klar: first start in German, a guest opens lesson 1, ten bars");
    let result = chroot(
        &root,
        "mkdir -p /opt/klar-test/artifacts && cd /opt/klar-test && KLAR_APP=/usr/bin/klar TAURI_DRIVER=/usr/local/bin/tauri-driver KLAR_ARTIFACTS=/opt/klar-test/artifacts \
         xvfb-run -a -s '-screen 0 1280x800x24' node --test --test-concurrency=1 installed-journey.test.mjs",
    );
    let shots = crate::repo_root().join("tests/artifacts/package-test");
    if let Ok(entries) = std::fs::read_dir(root.join("opt/klar-test/artifacts")) {
        for e in entries.flatten() {
            let _ = copy(&e.path(), &shots.join(e.file_name()));
        }
    }
    drop(mounts);
    result
}

fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|d| d.join(program)).find(|p| p.is_file()))
}

/// Runs `klar-lab topk` on one prompt; returns (prompt ids, top-1 id).
fn topk(runner: &[&str], lab: &Path, model: &Path, prompt: &Path) -> Result<(Vec<i64>, i64), String> {
    let mut cmd = Command::new(runner.first().copied().unwrap_or("env"));
    cmd.args(&runner[1..]).arg(lab).args(["topk", "--top", "1", "--model"]).arg(model).arg("--prompt-file").arg(prompt);
    let out = cmd.output().map_err(|e| format!("cannot run {}: {e}", lab.display()))?;
    if !out.status.success() {
        return Err(format!("{runner:?} klar-lab failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let v: Value = serde_json::from_slice(&out.stdout).map_err(|e| format!("klar-lab printed no JSON: {e}"))?;
    let ids = v["prompt_ids"].as_array().map(|a| a.iter().filter_map(Value::as_i64).collect()).unwrap_or_default();
    let top = v["top"][0]["id"].as_i64().ok_or("klar-lab gave no top token")?;
    Ok((ids, top))
}

fn nehalem(deb: &Path) -> Result<(), String> {
    ensure_packages(&["qemu-user"])?;
    let dir = crate::tasks::target_dir().join("klar-nehalem");
    let _ = std::fs::remove_dir_all(&dir);
    run_cmd(Command::new("dpkg-deb").arg("-x").arg(deb).arg(&dir))?;
    let lab = dir.join("usr/lib/Klar/klar-lab");
    let model = std::fs::read_dir(dir.join("usr/lib/Klar/models"))
        .map_err(|e| format!("the package has no models folder: {e}"))?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "gguf"))
        .ok_or("the package holds no .gguf model")?;
    let reference: Value = std::fs::read_to_string(crate::repo_root().join("crates/klar-lab/tests/data/smollm2_public.json"))
        .map_err(|e| format!("cannot read the reference prompts: {e}"))
        .and_then(|t| serde_json::from_str(&t).map_err(|e| format!("the reference prompts are invalid: {e}")))?;
    let prompts = reference["prompts"].as_array().ok_or("the reference has no prompts")?;
    step(&format!("The packaged klar-lab on {} reference prompts: this CPU, then qemu-x86_64 -cpu Nehalem", prompts.len()));
    let mut same = 0;
    for p in prompts {
        let id = p["id"].as_str().unwrap_or("?");
        let file = dir.join(format!("{id}.txt"));
        std::fs::write(&file, p["prompt_text"].as_str().unwrap_or_default()).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        let native = topk(&["env"], &lab, &model, &file)?;
        let old_cpu = topk(&["qemu-x86_64", "-cpu", "Nehalem"], &lab, &model, &file)?;
        let llama_top = p["top10_next"][0]["id"].as_i64();
        let ok = native == old_cpu;
        println!(
            "{id:>8}: {} prompt tokens, top-1 {} here, {} on Nehalem (llama.cpp: {}) {}",
            native.0.len(),
            native.1,
            old_cpu.1,
            llama_top.map_or("-".into(), |t| t.to_string()),
            if ok { "same" } else { "DIFFERENT" }
        );
        same += usize::from(ok);
    }
    println!("\n{same} of {} prompts: identical token ids and top-1 token on Nehalem", prompts.len());
    if same != prompts.len() {
        return Err("the packaged engine answers differently on a CPU without AVX2".into());
    }
    Ok(())
}

pub fn package_test(args: &[String]) -> Result<(), String> {
    let deb = crate::package::built_package()?;
    match args.first().map(String::as_str) {
        None => journey(&deb),
        Some("--nehalem") => nehalem(&deb),
        Some(a) => Err(format!("unexpected argument '{a}' (usage: cargo xtask package-test [--nehalem])")),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_archive_is_read_from_both_apt_source_formats() {
        let one_line = "# comment\ndeb http://mirror.example/debian-security bookworm-security main\ndeb [arch=amd64] http://mirror.example/debian bookworm main\n";
        assert_eq!(super::mirror_in(&[one_line.into()]).as_deref(), Some("http://mirror.example/debian"));
        let deb822 = "Types: deb\nURIs: http://other.example/debian/\nSuites: bookworm\n";
        assert_eq!(super::mirror_in(&[deb822.into()]).as_deref(), Some("http://other.example/debian/"));
        assert_eq!(super::mirror_in(&["deb cdrom:[Debian] bookworm main\n".into()]), None);
    }
}
