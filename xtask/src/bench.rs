//! `cargo xtask bench [--threads N] [--under-load]`: builds `klar-lab` in release mode, runs its
//! bench and, when llama-cpp-python is importable, the same measurements with llama.cpp beside it.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

/// The llama.cpp side of the comparison: same file, same threads, same 128-token prompt length.
const LLAMA_CPP_BENCH: &str = r#"
import sys, time, resource, json
import llama_cpp
path, threads = sys.argv[1], int(sys.argv[2])
t0 = time.perf_counter()
m = llama_cpp.Llama(model_path=path, n_ctx=512, n_batch=512, n_threads=threads,
                    n_threads_batch=threads, verbose=False)
load_ms = (time.perf_counter() - t0) * 1e3
text = ("The library opens at nine. Learners read short lessons, try a small model on "
        "their own computer, answer questions and write what they noticed. ") * 12
ids = m.tokenize(text.encode(), add_bos=False, special=True)[:128]
m.reset(); m.eval(ids[:8]); m.reset()
t0 = time.perf_counter(); m.eval(ids); pp = len(ids) / (time.perf_counter() - t0)
t0 = time.perf_counter()
nxt = 198
for _ in range(128):
    m.eval([nxt])
tg = 128 / (time.perf_counter() - t0)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load_ms": load_ms, "pp_tokens_per_s": pp, "tg_tokens_per_s": tg, "peak_rss_mib": rss}))
"#;

pub fn bench(args: &[String]) -> Result<(), String> {
    let mut threads = "2".to_string();
    let mut under_load = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--threads" => threads = it.next().cloned().ok_or("--threads needs a number")?,
            "--under-load" => under_load = true,
            other => return Err(format!("unknown argument '{other}' (usage: cargo xtask bench [--threads N] [--under-load])")),
        }
    }
    let root = crate::repo_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo)
        .current_dir(&root)
        .args(["build", "--release", "--quiet", "-p", "klar-lab", "--bin", "klar-lab"])
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("building klar-lab failed".into());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let bin = target.join("release").join("klar-lab");
    let model = root.join("models").join("SmolLM2-135M-Instruct.Q4_1.gguf");
    if !model.exists() {
        return Err("the model is missing: run `cargo xtask fetch-models` first".into());
    }
    let load = if under_load { start_load(2)? } else { Vec::new() };
    let result = run_both(&bin, &model, &threads);
    for mut c in load {
        let _ = c.kill();
        let _ = c.wait();
    }
    result
}

/// Busy processes that compete for the cores, as another program would.
fn start_load(n: usize) -> Result<Vec<Child>, String> {
    (0..n)
        .map(|_| {
            Command::new("yes")
                .stdout(Stdio::null())
                .spawn()
                .map_err(|e| format!("cannot start the competing load: {e}"))
        })
        .collect()
}

fn run_both(bin: &PathBuf, model: &PathBuf, threads: &str) -> Result<(), String> {
    let out = Command::new(bin)
        .args(["bench", "--threads", threads, "--model"])
        .arg(model)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
    if !out.status.success() {
        return Err(format!("klar-lab bench failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let ours = String::from_utf8_lossy(&out.stdout).trim().to_string();
    println!("klar-lab  : {ours}");
    let has_llama = Command::new("python3")
        .args(["-c", "import llama_cpp"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_llama {
        println!("llama.cpp : not measured (llama-cpp-python is not installed: pip install llama-cpp-python)");
        return Ok(());
    }
    let out = Command::new("python3")
        .args(["-c", LLAMA_CPP_BENCH])
        .arg(model)
        .arg(threads)
        .output()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    if out.status.success() {
        println!("llama.cpp : {}", String::from_utf8_lossy(&out.stdout).trim());
    } else {
        println!("llama.cpp : failed: {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(())
}
