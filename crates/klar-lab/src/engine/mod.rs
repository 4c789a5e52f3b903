//! The engine the app and the CLI call: one loaded model with its tokenizer, thread pool and KV
//! cache. This file loads it (after the memory check) and keeps the cache (prefill, one run of
//! the model); `generate` streams answers, `score` gives top-k and perplexity, `types` holds
//! the data it hands out and `pace` chooses between one and all threads per token.

mod generate;
mod pace;
mod score;
mod types;

pub use types::{
    EngineOptions, GenerateParams, Generation, Perplexity, StopReason, TokenProb, TokenStep, Tokenized, TopK,
};

use crate::error::{Error, Result};
use crate::gguf::{GgufFile, METADATA_BUDGET};
use crate::model::{KvCache, Logits, Model, ModelInfo};
use crate::system;
use crate::tokenizer::Tokenizer;
use pace::Pace;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// A source of elapsed time, injected so tests can fix the reported timings.
pub trait Stopwatch: Send + Sync {
    /// Time since an arbitrary fixed start.
    fn now(&self) -> Duration;
}

/// The real monotonic stopwatch, started when it is made.
#[derive(Debug)]
pub struct MonotonicStopwatch(Instant);

impl Default for MonotonicStopwatch {
    fn default() -> Self {
        MonotonicStopwatch(Instant::now())
    }
}

impl Stopwatch for MonotonicStopwatch {
    fn now(&self) -> Duration {
        self.0.elapsed()
    }
}

/// Tokens per prefill chunk when a generation can be cancelled: small enough that a Stop
/// takes effect within a quarter of a second on a slow PC, large enough to keep the speed.
const PREFILL_CHUNK: usize = 32;

/// Refuses to load when the system says less memory is available than the model needs.
fn ensure_memory(needed: u64, available: Option<u64>) -> Result<()> {
    match available {
        Some(avail) if avail < needed => Err(Error::OutOfMemory {
            needed_mib: needed >> 20,
            available_mib: avail >> 20,
        }),
        _ => Ok(()),
    }
}

/// A loaded model ready to run. Owns the weights, tokenizer, worker threads and KV cache;
/// the cache is reused whenever a new prompt starts with tokens already processed.
pub struct Engine {
    path: PathBuf,
    model: Model,
    /// What the model tells about itself (architecture, sizes).
    info: ModelInfo,
    tokenizer: Tokenizer,
    pool: std::sync::Arc<rayon::ThreadPool>,
    threads: usize,
    cache: KvCache,
    /// The tokens whose keys/values are in `cache`.
    cached: Vec<u32>,
    context: usize,
    stopwatch: Box<dyn Stopwatch>,
    load_time: Duration,
    /// Tokens run through the model since loading (shows how much the cache saves).
    computed: u64,
    pace: Pace,
    /// The tokens of the last prefill and the logits it ended with.
    prefill_memo: Option<(Vec<u32>, Vec<f32>)>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("path", &self.path)
            .field("model", &self.info)
            .field("threads", &self.threads)
            .finish_non_exhaustive()
    }
}

impl Engine {
    /// Loads a llama or Gemma 3 GGUF file after checking its header and the free memory.
    pub fn load(path: &Path, options: &EngineOptions) -> Result<Engine> {
        let stopwatch = MonotonicStopwatch::default();
        // Before the header is read: the weights will take up to the file's size, and the
        // header at most what it holds on disk, within the reader's budget.
        if let Ok(meta) = std::fs::metadata(path) {
            let header = meta.len().min(METADATA_BUDGET);
            ensure_memory(meta.len().saturating_add(header), system::available_memory())?;
        }
        let mut g = GgufFile::open(path)?;
        let cfg = Model::config(&g)?;
        let info = cfg.info();
        let tokenizer = Tokenizer::from_gguf(&mut g)?;
        if tokenizer.vocab_size() != info.vocab {
            return Err(Error::BadGguf {
                path: path.to_path_buf(),
                reason: "vocabulary size disagrees with the model".into(),
            });
        }
        let context = options
            .max_context
            .unwrap_or(4096)
            .min(info.n_ctx)
            .max(1);
        let kv_bytes = (2 * info.n_layer * cfg.kv_dim() * 4 * context) as u64;
        let needed = Model::weight_bytes(&g) + kv_bytes + (64 << 20);
        ensure_memory(needed, system::available_memory())?;
        let threads = match options.threads {
            0 => std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
                .min(4),
            n => n.min(64),
        };
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("klar-lab-{i}"))
            .build()
            .map_err(|e| Error::Compute(format!("cannot start worker threads: {e}")))?;
        let model = Model::load(&g, cfg)?;
        let cache = model.new_cache();
        Ok(Engine {
            path: path.to_path_buf(),
            model,
            info,
            tokenizer,
            pool: std::sync::Arc::new(pool),
            threads,
            cache,
            cached: Vec::new(),
            context,
            load_time: stopwatch.now(),
            computed: 0,
            pace: Pace::default(),
            prefill_memo: None,
            stopwatch: Box::new(stopwatch),
        })
    }

    /// Replaces the stopwatch used for reported timings.
    pub fn set_stopwatch(&mut self, stopwatch: Box<dyn Stopwatch>) {
        self.stopwatch = stopwatch;
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
    /// The model's architecture and sizes.
    pub fn config(&self) -> &ModelInfo {
        &self.info
    }
    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tokenizer
    }
    /// The longest prompt plus continuation this engine accepts.
    pub fn context_len(&self) -> usize {
        self.context
    }
    pub fn threads(&self) -> usize {
        self.threads
    }
    pub fn load_time(&self) -> Duration {
        self.load_time
    }
    /// The engine's worker pool (the benchmark times generation on it).
    pub(crate) fn pool(&self) -> std::sync::Arc<rayon::ThreadPool> {
        std::sync::Arc::clone(&self.pool)
    }
    /// The dot-product implementation in use ("avx2" or "scalar").
    pub fn kernel(&self) -> &'static str {
        self.model.isa().name()
    }

    /// Tokens run through the model since loading; a prompt sharing a prefix with the cache
    /// only adds its new tokens.
    pub fn tokens_computed(&self) -> u64 {
        self.computed
    }

    /// Positions currently held in the KV cache.
    pub fn cached_len(&self) -> usize {
        self.cached.len()
    }

    /// Forgets the conversation (clears the KV cache).
    pub fn reset(&mut self) {
        self.cache.clear();
        self.cached.clear();
        self.prefill_memo = None;
    }

    pub fn tokenize(&self, text: &str) -> Result<Tokenized> {
        let ids = self.tokenizer.encode(text)?;
        let tokens = ids
            .iter()
            .map(|&i| self.tokenizer.piece(i).to_string())
            .collect();
        Ok(Tokenized { ids, tokens })
    }

    /// Text of one token for display (control tokens in their written form).
    pub fn token_text(&self, id: u32) -> String {
        self.tokenizer.decode(&[id], true)
    }

    fn check_context(&self, n: usize) -> Result<()> {
        if n > self.context {
            return Err(Error::ContextExceeded {
                tokens: n,
                context: self.context,
            });
        }
        Ok(())
    }

    /// Runs `ids` into the cache ahead of a prompt that starts with them (a chat's opening while
    /// the learner types), so that prompt only computes what follows. Tokens already cached are
    /// kept.
    pub fn prefill_ahead(&mut self, ids: &[u32]) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let pool = std::sync::Arc::clone(&self.pool);
        pool.install(|| self.prefill(ids)).map(|_| ())
    }

    /// Brings the cache to exactly `ids` and returns the last position's logits.
    /// Tokens already in the cache (a shared prefix) are not recomputed.
    fn prefill(&mut self, ids: &[u32]) -> Result<Vec<f32>> {
        self.prefill_cancellable(ids, None)?.ok_or(Error::Cancelled)
    }

    /// Like `prefill`, in chunks with `cancel` checked between them; None when cancelled.
    /// The logits of the last prefill are kept: asking again for exactly the same tokens (the
    /// same prompt with the same seed) returns the very same numbers, so the same seed gives the
    /// same text even though the cache then also holds the tokens generated after the prompt.
    fn prefill_cancellable(&mut self, ids: &[u32], cancel: Option<&AtomicBool>) -> Result<Option<Vec<f32>>> {
        if ids.is_empty() {
            return Err(Error::InvalidInput("the prompt is empty".into()));
        }
        self.check_context(ids.len())?;
        let kv_dim = self.model.kv_dim();
        if let Some((memo_ids, logits)) = &self.prefill_memo {
            if memo_ids.as_slice() == ids && self.cached.starts_with(ids) {
                let logits = logits.clone();
                self.cache.truncate(ids.len(), kv_dim);
                self.cached.truncate(ids.len());
                return Ok(Some(logits));
            }
        }
        let common = self
            .cached
            .iter()
            .zip(ids)
            .take_while(|(a, b)| a == b)
            .count()
            .min(ids.len() - 1);
        self.cache.truncate(common, kv_dim);
        self.cached.truncate(common);
        let mut done = common;
        loop {
            let end = (done + PREFILL_CHUNK).min(ids.len());
            if end == ids.len() {
                let logits = self.run(&ids[done..], Logits::Last)?;
                self.prefill_memo = Some((ids.to_vec(), logits.clone()));
                return Ok(Some(logits));
            }
            self.run(&ids[done..end], Logits::None)?;
            done = end;
            if cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
                return Ok(None);
            }
        }
    }

    /// Runs `ids` through the model after the cached tokens (the benchmark times this directly).
    pub(crate) fn run(&mut self, ids: &[u32], want: Logits) -> Result<Vec<f32>> {
        let (model, cache, pool) = (&self.model, &mut self.cache, &self.pool);
        let out = if ids.len() == 1 && self.threads > 1 {
            let solo = self.pace.pick_solo();
            let t0 = Instant::now();
            let out = pool.install(|| {
                if solo {
                    crate::model::serially(|| model.forward(ids, cache, want))
                } else {
                    model.forward(ids, cache, want)
                }
            });
            self.pace.record(solo, t0.elapsed().as_secs_f64());
            out
        } else {
            pool.install(|| model.forward(ids, cache, want))
        };
        match out {
            Ok(l) => {
                self.computed += ids.len() as u64;
                self.cached.extend_from_slice(ids);
                Ok(l)
            }
            Err(e) => {
                self.reset();
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_check_refuses_with_figures() {
        assert!(ensure_memory(100 << 20, Some(200 << 20)).is_ok());
        assert!(ensure_memory(100 << 20, None).is_ok());
        match ensure_memory(300 << 20, Some(200 << 20)) {
            Err(e @ Error::OutOfMemory { .. }) => {
                let msg = e.to_string();
                assert!(msg.contains("300 MiB") && msg.contains("200 MiB"), "{msg}");
            }
            other => panic!("expected OutOfMemory, got {other:?}"),
        }
    }
}
