//! Writes a hostile GGUF file for measuring the reader by hand (the tests use the same generator):
//! `cargo run -p klar-lab --example hostile_gguf -- u8-array|empty-strings|many-arrays OUT [MiB]`.

#[path = "../tests/it/support.rs"]
mod support;

use std::process::ExitCode;
use support::{hostile_model, Hostile};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let kind = match args.first().map(String::as_str) {
        Some("u8-array") => Hostile::U8Array,
        Some("empty-strings") => Hostile::EmptyStrings,
        Some("many-arrays") => Hostile::ManyArrays,
        _ => {
            eprintln!("usage: hostile_gguf u8-array|empty-strings|many-arrays OUT [MiB, default 64]");
            return ExitCode::FAILURE;
        }
    };
    let Some(out) = args.get(1) else {
        eprintln!("usage: hostile_gguf KIND OUT [MiB]");
        return ExitCode::FAILURE;
    };
    let mib: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(64);
    let bytes = hostile_model(kind, mib << 20);
    match std::fs::write(out, &bytes) {
        Ok(()) => {
            println!("wrote {} bytes to {out}", bytes.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write {out}: {e}");
            ExitCode::FAILURE
        }
    }
}
