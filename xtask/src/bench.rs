//! `cargo xtask bench [--threads N] [--runs N] [--under-load]`: builds `klar-lab` in release mode
//! and, for each model in `models/` (SmolLM2 and Gemma 3 270M), runs its bench and, when
//! llama-cpp-python is importable, the same measurements with llama.cpp on the same file,
//! alternating the two so a slow spell of the machine hits both. Then the medians, their ratios
//! and the targets of issue 14.

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

/// A model the bench measures, with the targets of issue 14 (klar-lab ÷ llama.cpp; memory:
/// at most this ratio).
struct Target {
    file: &'static str,
    tg: f64,
    pp: f64,
    mem: Option<f64>,
}

const MODELS: [Target; 2] = [
    Target { file: "SmolLM2-135M-Instruct.Q4_1.gguf", tg: 1.25, pp: 1.25, mem: None },
    Target { file: "gemma-3-270m-q4_k_m.gguf", tg: 1.0, pp: 0.8, mem: Some(1.3) },
];

/// One run's figures (the fields both sides print).
#[derive(Debug, Clone, Copy, Default)]
struct Figures {
    pp: f64,
    tg: f64,
    rss: f64,
}

impl Figures {
    fn parse(json: &str) -> Option<Figures> {
        let v: serde_json::Value = serde_json::from_str(json.trim()).ok()?;
        Some(Figures {
            pp: v.get("pp_tokens_per_s")?.as_f64()?,
            tg: v.get("tg_tokens_per_s")?.as_f64()?,
            rss: v.get("peak_rss_mib")?.as_f64()?,
        })
    }
}

/// What one side of a run gave.
enum Outcome {
    Ran(Figures),
    /// The engine refuses this file (an architecture it does not run yet).
    NotSupported(String),
    Failed(String),
}

pub fn bench(args: &[String]) -> Result<(), String> {
    let mut threads = "2".to_string();
    let mut runs = 3usize;
    let mut under_load = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--threads" => threads = it.next().cloned().ok_or("--threads needs a number")?,
            "--runs" => {
                runs = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .filter(|&n: &usize| n >= 1)
                    .ok_or("--runs needs a number of at least 1")?
            }
            "--under-load" => under_load = true,
            other => {
                return Err(format!(
                    "unknown argument '{other}' (usage: cargo xtask bench [--threads N] [--runs N] [--under-load])"
                ))
            }
        }
    }
    let root = crate::repo_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(&cargo)
        .current_dir(&root)
        .args(["build", "--release", "--quiet", "-p", "klar-lab", "--bin", "klar-lab"])
        // The package's flags: the bench measures the packaged engine and shares its build.
        .env("RUSTFLAGS", crate::package::release_rustflags())
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("building klar-lab failed".into());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let bin = target.join("release").join("klar-lab");
    let has_llama = Command::new("python3")
        .args(["-c", "import llama_cpp"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_llama {
        println!("llama.cpp: not measured (llama-cpp-python is not installed: pip install llama-cpp-python)");
    }
    let present: Vec<&Target> = MODELS.iter().filter(|m| root.join("models").join(m.file).exists()).collect();
    for m in MODELS.iter().filter(|m| !root.join("models").join(m.file).exists()) {
        println!("{}: missing, not measured (run `cargo xtask fetch-models`)", m.file);
    }
    if present.is_empty() {
        return Err("no model to measure: run `cargo xtask fetch-models` first".into());
    }
    let load = if under_load { start_load(2)? } else { Vec::new() };
    for m in present {
        let model = root.join("models").join(m.file);
        println!("\n{} ({threads} threads, {runs} runs, alternating)", m.file);
        compare(&bin, &model, &threads, runs, has_llama, m);
    }
    for mut c in load {
        let _ = c.kill();
        let _ = c.wait();
    }
    Ok(())
}

fn run_ours(bin: &PathBuf, model: &PathBuf, threads: &str) -> Outcome {
    let out = match Command::new(bin).args(["bench", "--threads", threads, "--model"]).arg(model).output() {
        Ok(o) => o,
        Err(e) => return Outcome::Failed(format!("cannot run {}: {e}", bin.display())),
    };
    let err = String::from_utf8_lossy(&out.stderr).trim().to_string();
    if !out.status.success() {
        return if err.contains("is not supported") {
            Outcome::NotSupported(err)
        } else {
            Outcome::Failed(err)
        };
    }
    let text = String::from_utf8_lossy(&out.stdout);
    Figures::parse(&text).map_or_else(|| Outcome::Failed(format!("unreadable output: {text}")), Outcome::Ran)
}

fn run_llama(model: &PathBuf, threads: &str) -> Outcome {
    let out = match Command::new("python3").args(["-c", LLAMA_CPP_BENCH]).arg(model).arg(threads).output() {
        Ok(o) => o,
        Err(e) => return Outcome::Failed(format!("cannot run python3: {e}")),
    };
    let text = String::from_utf8_lossy(&out.stdout);
    match Figures::parse(&text) {
        Some(f) if out.status.success() => Outcome::Ran(f),
        _ => Outcome::Failed(String::from_utf8_lossy(&out.stderr).trim().to_string()),
    }
}

fn row(who: &str, f: &Figures) -> String {
    format!("{who:<10} gen {:>7.1} tok/s   pp {:>7.1} tok/s   peak {:>6.0} MiB", f.tg, f.pp, f.rss)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn compare(bin: &PathBuf, model: &PathBuf, threads: &str, runs: usize, has_llama: bool, t: &Target) {
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    let mut ours_supported = true;
    for run in 1..=runs {
        if ours_supported {
            match run_ours(bin, model, threads) {
                Outcome::Ran(f) => {
                    println!("  run {run} {}", row("klar-lab", &f));
                    ours.push(f);
                }
                Outcome::NotSupported(e) => {
                    println!("  klar-lab   not supported yet: {e}");
                    ours_supported = false;
                }
                Outcome::Failed(e) => println!("  run {run} klar-lab   failed: {e}"),
            }
        }
        if has_llama {
            match run_llama(model, threads) {
                Outcome::Ran(f) => {
                    println!("  run {run} {}", row("llama.cpp", &f));
                    theirs.push(f);
                }
                Outcome::NotSupported(e) | Outcome::Failed(e) => println!("  run {run} llama.cpp  failed: {e}"),
            }
        }
    }
    let med = |v: &[Figures]| Figures {
        pp: median(v.iter().map(|f| f.pp).collect()),
        tg: median(v.iter().map(|f| f.tg).collect()),
        rss: median(v.iter().map(|f| f.rss).collect()),
    };
    if !ours.is_empty() {
        println!("  median {}", row("klar-lab", &med(&ours)));
    }
    if !theirs.is_empty() {
        println!("  median {}", row("llama.cpp", &med(&theirs)));
    }
    if ours.is_empty() || theirs.is_empty() {
        return;
    }
    let (a, b) = (med(&ours), med(&theirs));
    let verdict = |ok: bool| if ok { "met" } else { "NOT met" };
    let (g, p, m) = (a.tg / b.tg, a.pp / b.pp, a.rss / b.rss);
    println!("  ratio      gen {g:.2}× (target ≥ {:.2}×: {})   pp {p:.2}× (target ≥ {:.2}×: {})   peak {m:.2}×{}",
        t.tg, verdict(g >= t.tg), t.pp, verdict(p >= t.pp),
        t.mem.map(|x| format!(" (target ≤ {x:.2}×: {})", verdict(m <= x))).unwrap_or_default());
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
