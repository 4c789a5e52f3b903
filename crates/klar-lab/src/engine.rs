//! The engine the app and the CLI call: one loaded model with its tokenizer, thread pool and KV cache,
//! offering tokenize, next-token top-k, streamed generation and perplexity.

use crate::error::{Error, Result};
use crate::gguf::{GgufFile, METADATA_BUDGET};
use crate::model::{KvCache, LlamaConfig, LlamaModel, Logits};
use crate::sampling::{log_softmax, Sampler, Sampling};
use crate::system;
use crate::tokenizer::{Tokenizer, Utf8Stream};
use serde::Serialize;
use ts_rs::TS;
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

/// How to load a model.
#[derive(Debug, Clone, Default)]
pub struct EngineOptions {
    /// Worker threads for the matrix work (0 = one per core, at most 4).
    pub threads: usize,
    /// Longest context the engine accepts (clipped to the model's own); None = min(model, 4096).
    pub max_context: Option<usize>,
}

/// Ids and vocabulary strings of a text.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Tokenized {
    pub ids: Vec<u32>,
    pub tokens: Vec<String>,
}

/// One candidate next token.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct TokenProb {
    pub id: u32,
    pub text: String,
    pub logprob: f64,
}

/// The most likely next tokens after a prompt.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TopK {
    pub prompt_ids: Vec<u32>,
    pub top: Vec<TokenProb>,
}

/// What to generate.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerateParams {
    pub max_tokens: usize,
    pub sampling: Sampling,
    /// Stop at the model's end-of-sequence tokens.
    pub stop_at_eos: bool,
}

impl Default for GenerateParams {
    fn default() -> Self {
        GenerateParams {
            max_tokens: 256,
            sampling: Sampling::default(),
            stop_at_eos: true,
        }
    }
}

/// Why generation ended.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    EndOfSequence,
    MaxTokens,
    ContextFull,
    Cancelled,
}

/// One generated token as it is streamed: the text it completes (may be empty while a
/// multi-byte character is still open) and how probable the model found it.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct TokenStep {
    pub id: u32,
    /// Newly completed text (control tokens give none).
    pub text: String,
    /// The model's own probability of this token (softmax at temperature 1, before the
    /// sampler's settings), so the learner sees how sure the model was.
    pub prob: f32,
    /// The most likely tokens at this step, the chosen one included, most likely first.
    pub alternatives: Vec<TokenProb>,
}

/// The log-normaliser of a logits row and its best entries, found in two passes without
/// allocating a row of probabilities (this runs once per generated token).
struct StepScores {
    lse: f64,
    top: Vec<(u32, f32)>,
}

impl StepScores {
    fn of(logits: &[f32], k: usize) -> StepScores {
        let mut top: Vec<(u32, f32)> = Vec::with_capacity(k + 1);
        let mut max = f32::NEG_INFINITY;
        for (i, &l) in logits.iter().enumerate() {
            max = max.max(l);
            if top.len() < k || top.last().is_some_and(|&(_, m)| l > m) {
                let at = top.iter().position(|&(_, m)| l > m).unwrap_or(top.len());
                top.insert(at, (i as u32, l));
                top.truncate(k);
            }
        }
        let sum: f64 = logits.iter().map(|&l| ((l - max) as f64).exp()).sum();
        StepScores { lse: max as f64 + sum.ln(), top }
    }
}

/// How many alternatives each streamed token carries.
const STEP_ALTERNATIVES: usize = 3;

/// Tokens per prefill chunk when a generation can be cancelled: small enough that a Stop
/// takes effect within a quarter of a second on a slow PC, large enough to keep the speed.
const PREFILL_CHUNK: usize = 32;

/// Chooses, token by token, between all worker threads and one thread for the one-token steps
/// of generation. On a quiet PC all threads win; when other programs keep the cores busy, threads
/// that wait for a pre-empted partner can fall far behind a single thread. Both are timed and the
/// faster is used, re-checking the other now and then.
#[derive(Debug, Default)]
struct Pace {
    wide: Option<f64>,
    solo: Option<f64>,
    steps: u64,
}

/// How often the slower way is tried again (one step in this many).
const PACE_RECHECK: u64 = 48;

impl Pace {
    fn pick_solo(&mut self) -> bool {
        self.steps += 1;
        match (self.wide, self.solo) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(w), Some(s)) => (s < w) != self.steps.is_multiple_of(PACE_RECHECK),
        }
    }

    fn record(&mut self, solo: bool, secs: f64) {
        let slot = if solo { &mut self.solo } else { &mut self.wide };
        *slot = Some(slot.map_or(secs, |v| 0.75 * v + 0.25 * secs));
    }
}

/// The result of one generation.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct Generation {
    /// Generated ids (an end-of-sequence token that stopped generation is included).
    pub ids: Vec<u32>,
    /// Generated text without control tokens.
    pub text: String,
    pub prompt_tokens: usize,
    /// From the call to the first generated token.
    pub ttft_ms: f64,
    /// Generation speed after the first token.
    pub tokens_per_s: f64,
    pub stop: StopReason,
}

/// Per-token log-probabilities of a text.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Perplexity {
    pub ids: Vec<u32>,
    /// logprobs[i] = log p(ids[i+1] | ids[..=i]).
    pub logprobs: Vec<f64>,
    pub perplexity: f64,
}

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
    model: LlamaModel,
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
            .field("config", &self.model.cfg)
            .field("threads", &self.threads)
            .finish_non_exhaustive()
    }
}

impl Engine {
    /// Loads a llama-architecture GGUF file after checking its header and the free memory.
    pub fn load(path: &Path, options: &EngineOptions) -> Result<Engine> {
        let stopwatch = MonotonicStopwatch::default();
        // Before the header is read: the weights will take up to the file's size, and the
        // header at most what it holds on disk, within the reader's budget.
        if let Ok(meta) = std::fs::metadata(path) {
            let header = meta.len().min(METADATA_BUDGET);
            ensure_memory(meta.len().saturating_add(header), system::available_memory())?;
        }
        let mut g = GgufFile::open(path)?;
        let cfg = LlamaConfig::from_gguf(&g)?;
        let tokenizer = Tokenizer::from_gguf(&mut g)?;
        if tokenizer.vocab_size() != cfg.vocab {
            return Err(Error::BadGguf {
                path: path.to_path_buf(),
                reason: "vocabulary size disagrees with the model".into(),
            });
        }
        let context = options
            .max_context
            .unwrap_or(4096)
            .min(cfg.n_ctx)
            .max(1);
        let kv_bytes = (2 * cfg.n_layer * cfg.kv_dim() * 4 * context) as u64;
        let needed = LlamaModel::weight_bytes(&g) + kv_bytes + (64 << 20);
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
        let model = LlamaModel::load(&g, cfg)?;
        let cache = model.new_cache();
        Ok(Engine {
            path: path.to_path_buf(),
            model,
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
    pub fn config(&self) -> &LlamaConfig {
        &self.model.cfg
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
        let kv_dim = self.model.cfg.kv_dim();
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

    /// The `k` most likely next tokens after `prompt` (log-softmax at temperature 1).
    pub fn top_k(&mut self, prompt: &str, k: usize) -> Result<TopK> {
        let ids = self.tokenizer.encode(prompt)?;
        self.top_k_ids(&ids, k)
    }

    pub fn top_k_ids(&mut self, ids: &[u32], k: usize) -> Result<TopK> {
        let logits = self.prefill(ids)?;
        let lp = log_softmax(&logits);
        Ok(TopK {
            prompt_ids: ids.to_vec(),
            top: self.best_of(&lp, k),
        })
    }

    /// Generates a continuation of `prompt`, passing text pieces to `on_text` as they become
    /// complete characters. `cancel` is checked before every token and between prefill chunks;
    /// a cancelled generation returns what was produced so far with `StopReason::Cancelled`.
    pub fn generate(
        &mut self,
        prompt: &str,
        params: &GenerateParams,
        cancel: &AtomicBool,
        on_text: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Generation> {
        let ids = self.tokenizer.encode(prompt)?;
        self.generate_ids(&ids, params, cancel, on_text)
    }

    /// Like [`Engine::generate`], from token ids.
    pub fn generate_ids(
        &mut self,
        prompt_ids: &[u32],
        params: &GenerateParams,
        cancel: &AtomicBool,
        on_text: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Generation> {
        let pool = std::sync::Arc::clone(&self.pool);
        pool.install(|| {
            self.generate_on_worker(prompt_ids, params, cancel, false, &mut |step: &TokenStep| {
                if !step.text.is_empty() {
                    on_text(&step.text)
                }
            })
        })
    }

    /// Like [`Engine::generate_ids`], reporting every token with its probability and the
    /// alternatives the model considered (for the "why did it say that?" view).
    pub fn generate_steps(
        &mut self,
        prompt_ids: &[u32],
        params: &GenerateParams,
        cancel: &AtomicBool,
        on_step: &mut (dyn FnMut(&TokenStep) + Send),
    ) -> Result<Generation> {
        // The whole loop runs on a worker of the pool: no hand-over between threads per token,
        // which matters when other programs keep the cores busy.
        let pool = std::sync::Arc::clone(&self.pool);
        pool.install(|| self.generate_on_worker(prompt_ids, params, cancel, true, on_step))
    }

    /// `detail`: work out each token's probability and alternatives (one extra pass over the
    /// logits per token); plain text generation skips it.
    fn generate_on_worker(
        &mut self,
        prompt_ids: &[u32],
        params: &GenerateParams,
        cancel: &AtomicBool,
        detail: bool,
        on_step: &mut (dyn FnMut(&TokenStep) + Send),
    ) -> Result<Generation> {
        let start = self.stopwatch.now();
        let mut sampler = Sampler::new(&params.sampling);
        let mut history = prompt_ids.to_vec();
        let mut out = Vec::new();
        let mut text = String::new();
        let mut stream = Utf8Stream::default();
        let mut ttft = None;
        let mut first_at = start;
        let mut stop = StopReason::MaxTokens;
        let prefilled = if cancel.load(Ordering::Relaxed) || params.max_tokens == 0 {
            None
        } else {
            self.prefill_cancellable(prompt_ids, Some(cancel))?
        };
        if cancel.load(Ordering::Relaxed) {
            stop = StopReason::Cancelled;
        } else if let Some(mut logits) = prefilled {
            loop {
                if cancel.load(Ordering::Relaxed) {
                    stop = StopReason::Cancelled;
                    break;
                }
                // Scored before sampling: the repeat penalty changes the logits in place.
                let scores = detail.then(|| StepScores::of(&logits, STEP_ALTERNATIVES));
                let raw = detail.then(|| logits.clone());
                let next = sampler.sample(&mut logits, &history)?;
                if ttft.is_none() {
                    first_at = self.stopwatch.now();
                    ttft = Some(first_at - start);
                }
                out.push(next);
                history.push(next);
                let eos = params.stop_at_eos && self.tokenizer.stop_ids.contains(&next);
                let piece = if eos {
                    String::new()
                } else {
                    let mut bytes = Vec::new();
                    self.tokenizer.token_bytes(next, false, &mut bytes);
                    stream.push(&bytes)
                };
                text.push_str(&piece);
                let (prob, alternatives) = match (&scores, &raw) {
                    (Some(sc), Some(raw)) => (
                        raw.get(next as usize).map_or(0.0, |&l| (l as f64 - sc.lse).exp() as f32),
                        sc.top
                            .iter()
                            .map(|&(id, l)| TokenProb { id, text: self.token_text(id), logprob: l as f64 - sc.lse })
                            .collect(),
                    ),
                    _ => (0.0, Vec::new()),
                };
                on_step(&TokenStep { id: next, text: piece, prob, alternatives });
                if eos {
                    stop = StopReason::EndOfSequence;
                    break;
                }
                if out.len() >= params.max_tokens {
                    break;
                }
                if history.len() >= self.context {
                    stop = StopReason::ContextFull;
                    break;
                }
                logits = self.run(&[next], Logits::Last)?;
            }
        }
        let rest = stream.finish();
        if !rest.is_empty() {
            text.push_str(&rest);
            if let Some(&last) = out.last() {
                on_step(&TokenStep { id: last, text: rest, prob: 0.0, alternatives: Vec::new() });
            }
        }
        let end = self.stopwatch.now();
        let decode = (end - first_at).as_secs_f64();
        let tokens_per_s = if out.len() > 1 && decode > 0.0 {
            (out.len() - 1) as f64 / decode
        } else {
            0.0
        };
        Ok(Generation {
            ids: out,
            text,
            prompt_tokens: prompt_ids.len(),
            ttft_ms: ttft.map(|d| d.as_secs_f64() * 1e3).unwrap_or(0.0),
            tokens_per_s,
            stop,
        })
    }

    /// The `k` most likely entries of a log-probability vector, most likely first.
    fn best_of(&self, lp: &[f64], k: usize) -> Vec<TokenProb> {
        let mut order: Vec<usize> = (0..lp.len()).collect();
        let k = k.min(order.len());
        if k > 0 && k < order.len() {
            order.select_nth_unstable_by(k - 1, |&a, &b| lp[b].total_cmp(&lp[a]));
        }
        order.truncate(k);
        order.sort_by(|&a, &b| lp[b].total_cmp(&lp[a]));
        order
            .into_iter()
            .map(|i| TokenProb {
                id: i as u32,
                text: self.token_text(i as u32),
                logprob: lp[i],
            })
            .collect()
    }

    /// Raw next-token logits after `ids` (the next-token explorer reshapes them itself).
    pub fn next_logits(&mut self, ids: &[u32]) -> Result<Vec<f32>> {
        self.prefill(ids)
    }

    /// Log-probability that `continuation` follows `prompt` (sum over its tokens). Both are
    /// token ids, so a continuation like " she" keeps its own leading-space token.
    pub fn continuation_logprob(&mut self, prompt: &[u32], continuation: &[u32]) -> Result<f64> {
        if continuation.is_empty() {
            return Err(Error::InvalidInput("the continuation is empty".into()));
        }
        self.check_context(prompt.len() + continuation.len())?;
        let mut logits = self.prefill(prompt)?;
        let mut total = 0.0;
        for (i, &id) in continuation.iter().enumerate() {
            let lp = log_softmax(&logits);
            total += lp.get(id as usize).copied().ok_or_else(|| {
                Error::InvalidInput(format!("token id {id} is outside the vocabulary"))
            })?;
            if i + 1 < continuation.len() {
                logits = self.run(&[id], Logits::Last)?;
            }
        }
        Ok(total)
    }

    /// Log-probability of every token of `text` given the ones before it, and the perplexity.
    pub fn perplexity(&mut self, text: &str) -> Result<Perplexity> {
        let ids = self.tokenizer.encode(text)?;
        self.perplexity_ids(&ids)
    }

    pub fn perplexity_ids(&mut self, ids: &[u32]) -> Result<Perplexity> {
        self.perplexity_cancellable(ids, &AtomicBool::new(false))
    }

    /// Like [`Engine::perplexity_ids`]; `cancel` is checked between chunks of the text and a
    /// cancelled run ends with [`Error::Cancelled`].
    pub fn perplexity_cancellable(&mut self, ids: &[u32], cancel: &AtomicBool) -> Result<Perplexity> {
        if ids.len() < 2 {
            return Err(Error::InvalidInput(
                "perplexity needs a text of at least two tokens".into(),
            ));
        }
        self.check_context(ids.len())?;
        self.reset();
        let vocab = self.model.cfg.vocab;
        let mut logprobs = Vec::with_capacity(ids.len() - 1);
        // Chunks keep the logits buffer small on long texts and a Stop quick; the cache
        // carries the context.
        for start in (0..ids.len() - 1).step_by(PREFILL_CHUNK) {
            if cancel.load(Ordering::Relaxed) {
                return Err(Error::Cancelled);
            }
            let end = (start + PREFILL_CHUNK).min(ids.len() - 1);
            let logits = self.run(&ids[start..end], Logits::All)?;
            for (i, row) in logits.chunks_exact(vocab).enumerate() {
                let lp = log_softmax(row);
                logprobs.push(lp[ids[start + i + 1] as usize]);
            }
        }
        let mean = -logprobs.iter().sum::<f64>() / logprobs.len() as f64;
        Ok(Perplexity {
            ids: ids.to_vec(),
            logprobs,
            perplexity: mean.exp(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_scores_match_log_softmax() {
        let logits = [0.5f32, 3.0, -1.0, 3.0, 2.5, 0.0];
        let sc = StepScores::of(&logits, 3);
        let lp = log_softmax(&logits);
        assert_eq!(sc.top.iter().map(|t| t.0).collect::<Vec<_>>(), vec![1, 3, 4], "ties keep the first");
        for &(id, l) in &sc.top {
            assert!((l as f64 - sc.lse - lp[id as usize]).abs() < 1e-9);
        }
    }

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
