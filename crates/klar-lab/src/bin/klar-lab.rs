//! `klar-lab`: the engine without a window, for tests, benchmarks, lesson authors and teachers.
//! Every command prints one JSON object on stdout; errors go to stderr with a non-zero exit code.

use clap::{Parser, Subcommand};
use klar_lab::{Engine, EngineOptions, GenerateParams, Sampling};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

#[derive(Parser)]
#[command(name = "klar-lab", version, about = "Run Klar's local language model from the command line")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct ModelArgs {
    /// GGUF model file (default: the default model in the models folder).
    #[arg(long)]
    model: Option<PathBuf>,
    /// Worker threads (0 = one per core, at most 4).
    #[arg(long, default_value_t = 0)]
    threads: usize,
}

#[derive(Subcommand)]
enum Command {
    /// Text → token ids and vocabulary strings.
    Tokenize {
        #[command(flatten)]
        m: ModelArgs,
        #[arg(long)]
        prompt_file: PathBuf,
    },
    /// The K most likely next tokens with log-probabilities.
    Topk {
        #[command(flatten)]
        m: ModelArgs,
        #[arg(long)]
        prompt_file: PathBuf,
        #[arg(long, default_value_t = 10)]
        top: usize,
    },
    /// Continue the prompt (temperature 0 = greedy).
    Generate {
        #[command(flatten)]
        m: ModelArgs,
        #[arg(long)]
        prompt_file: PathBuf,
        #[arg(long, default_value_t = 64)]
        max_tokens: usize,
        #[arg(long, default_value_t = 0.0)]
        temperature: f64,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        #[arg(long, default_value_t = 0)]
        top_k: usize,
        #[arg(long, default_value_t = 1.0)]
        top_p: f64,
        #[arg(long, default_value_t = 1.0)]
        repeat_penalty: f32,
        /// Keep going past end-of-sequence tokens.
        #[arg(long)]
        ignore_eos: bool,
    },
    /// Per-token log-probabilities and perplexity of the text.
    Perplexity {
        #[command(flatten)]
        m: ModelArgs,
        #[arg(long)]
        prompt_file: PathBuf,
    },
    /// Load time, prompt and generation speed, peak memory.
    Bench {
        #[command(flatten)]
        m: ModelArgs,
    },
    /// Train the drawing classifier on generated shapes, test it on other generated shapes
    /// (needs no model file).
    ClassifierBench {
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Training drawings per shape (4 shapes).
        #[arg(long, default_value_t = 10)]
        per_class: usize,
        /// Held-out test drawings per shape.
        #[arg(long, default_value_t = 25)]
        test_per_class: usize,
    },
}

fn load(m: &ModelArgs) -> klar_lab::Result<Engine> {
    let path = m.model.clone().unwrap_or_else(klar_lab::paths::default_model);
    Engine::load(
        &path,
        &EngineOptions {
            threads: m.threads,
            ..EngineOptions::default()
        },
    )
}

fn read_prompt(path: &PathBuf) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read prompt file {}: {e}", path.display()))
}

/// The command's JSON reply as text.
fn run(cli: Cli) -> Result<String, String> {
    let err = |e: klar_lab::Error| e.to_string();
    let value = match cli.command {
        Command::Tokenize { m, prompt_file } => {
            let text = read_prompt(&prompt_file)?;
            let e = load(&m).map_err(err)?;
            serde_json::to_value(e.tokenize(&text).map_err(err)?).map_err(|e| e.to_string())?
        }
        Command::Topk { m, prompt_file, top } => {
            let text = read_prompt(&prompt_file)?;
            let mut e = load(&m).map_err(err)?;
            serde_json::to_value(e.top_k(&text, top).map_err(err)?).map_err(|e| e.to_string())?
        }
        Command::Generate {
            m,
            prompt_file,
            max_tokens,
            temperature,
            seed,
            top_k,
            top_p,
            repeat_penalty,
            ignore_eos,
        } => {
            let text = read_prompt(&prompt_file)?;
            let mut e = load(&m).map_err(err)?;
            let params = GenerateParams {
                max_tokens,
                sampling: Sampling {
                    temperature,
                    top_k,
                    top_p,
                    repeat_penalty,
                    repeat_last_n: 64,
                    seed,
                },
                stop_at_eos: !ignore_eos,
            };
            let g = e
                .generate(&text, &params, &AtomicBool::new(false), &mut |_| {})
                .map_err(err)?;
            json!({
                "ids": g.ids,
                "text": g.text,
                "prompt_tokens": g.prompt_tokens,
                "ttft_ms": g.ttft_ms,
                "tokens_per_s": g.tokens_per_s,
                "stop": g.stop,
            })
        }
        Command::Perplexity { m, prompt_file } => {
            let text = read_prompt(&prompt_file)?;
            let mut e = load(&m).map_err(err)?;
            serde_json::to_value(e.perplexity(&text).map_err(err)?).map_err(|e| e.to_string())?
        }
        Command::Bench { m } => {
            let mut e = load(&m).map_err(err)?;
            serde_json::to_value(klar_lab::bench::run(&mut e).map_err(err)?).map_err(|e| e.to_string())?
        }
        Command::ClassifierBench {
            seed,
            per_class,
            test_per_class,
        } => {
            let report =
                klar_lab::classifier::bench(seed, per_class, test_per_class).map_err(err)?;
            // Straight from the struct, so the keys keep their documented order.
            return serde_json::to_string(&report).map_err(|e| e.to_string());
        }
    };
    Ok(value.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("klar-lab: {e}");
            ExitCode::FAILURE
        }
    }
}
