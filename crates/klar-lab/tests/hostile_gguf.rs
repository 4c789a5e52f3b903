//! Hostile model files that are small on disk but used to cost many times their size in memory:
//! each is refused (or read) while the memory the process holds stays bounded. A counting
//! allocator measures the peak of live heap bytes during the load. The allocator counts the whole
//! process, so these tests are a binary of their own (sharing `it/support.rs`), not a module of `it`.

#[path = "it/support.rs"]
mod support;

use klar_lab::gguf::{Array, GgufFile, Limits};
use klar_lab::{Engine, EngineOptions, Error};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use support::*;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
            PEAK.fetch_max(now, Ordering::SeqCst);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
            PEAK.fetch_max(now, Ordering::SeqCst);
        }
        p
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            // Counted as if old and new blocks were briefly both alive (the worst case).
            let now = LIVE.fetch_add(new_size, Ordering::SeqCst) + new_size;
            PEAK.fetch_max(now, Ordering::SeqCst);
            LIVE.fetch_sub(layout.size(), Ordering::SeqCst);
        }
        p
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// The tests share the counters, so they run one at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

const MIB: usize = 1 << 20;
/// What the audit allows for a 64 MiB file.
const PEAK_LIMIT: usize = 160 * MIB;

/// Writes the file, then loads it the way the app does and returns the result and the peak of
/// live heap bytes during the load (the generator's own buffers are freed before).
fn load_measured(name: &str, kind: Hostile, total: usize) -> (klar_lab::Result<Engine>, usize) {
    let path = temp_file(name, &hostile_model(kind, total));
    PEAK.store(LIVE.load(Ordering::SeqCst), Ordering::SeqCst);
    let r = Engine::load(&path, &EngineOptions { threads: 1, max_context: Some(64) });
    let peak = PEAK.load(Ordering::SeqCst);
    let _ = std::fs::remove_file(&path);
    (r, peak)
}

fn refused_as_bad_file(r: klar_lab::Result<Engine>, what: &str) -> Error {
    match r {
        Ok(_) => panic!("{what}: the hostile file was accepted"),
        Err(e @ Error::BadGguf { .. }) => e,
        Err(e) => panic!("{what}: expected a bad-model-file error, got {e}"),
    }
}

#[test]
fn one_huge_u8_array_is_refused_with_little_memory() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let (r, peak) = load_measured("u8.gguf", Hostile::U8Array, 64 * MIB);
    assert!(peak < PEAK_LIMIT, "peak {} MiB while reading a 64 MiB file", peak / MIB);
    let e = refused_as_bad_file(r, "u8 array");
    assert_eq!(e.code(), klar_lab::LabErrorCode::BadModelFile);
}

#[test]
fn one_huge_string_array_is_refused_with_little_memory() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let (r, peak) = load_measured("strings.gguf", Hostile::EmptyStrings, 64 * MIB);
    assert!(peak < PEAK_LIMIT, "peak {} MiB while reading a 64 MiB file", peak / MIB);
    refused_as_bad_file(r, "string array");
}

#[test]
fn many_arrays_cost_no_more_than_their_bytes() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    // Each array is under the per-array limit and all fit the budget: the file may even load,
    // but its metadata must cost about what it takes on disk.
    let (_, peak) = load_measured("many.gguf", Hostile::ManyArrays, 64 * MIB);
    assert!(peak < PEAK_LIMIT, "peak {} MiB while reading a 64 MiB file", peak / MIB);
}

#[test]
fn the_metadata_budget_holds_across_many_arrays() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    // Twelve arrays of 1 MiB, each allowed on its own; together over a budget of 8 MiB. The
    // default budget (256 MiB) works the same way but would need a file larger than that.
    let path = temp_file("budget.gguf", &hostile_model(Hostile::ManyArrays, 12 * MIB));
    let limits = Limits { budget: 8 * MIB as u64, ..Limits::default() };
    PEAK.store(LIVE.load(Ordering::SeqCst), Ordering::SeqCst);
    let r = GgufFile::open_with_limits(&path, &limits);
    let peak = PEAK.load(Ordering::SeqCst);
    let _ = std::fs::remove_file(&path);
    match r {
        Err(e @ Error::BadGguf { .. }) => assert!(e.to_string().contains("more than 8 MiB"), "{e}"),
        other => panic!("expected the budget to refuse the file, got {other:?}"),
    }
    assert!(peak < 10 * MIB, "peak {} MiB with a budget of 8 MiB", peak / MIB);
    // The same file within the default limits is read, each array at one byte per element.
    let path = temp_file("budget-ok.gguf", &hostile_model(Hostile::ManyArrays, 12 * MIB));
    let g = GgufFile::open(&path).unwrap_or_else(|e| panic!("{e}"));
    let _ = std::fs::remove_file(&path);
    let arrays: Vec<&Array> = g.metadata.values().filter_map(|v| v.as_array()).collect();
    assert!(arrays.iter().filter(|a| matches!(a, Array::U8(v) if v.len() == MIB)).count() >= 10);
}

#[test]
fn per_array_limits_leave_room_for_large_real_vocabularies() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
    let limits = Limits::default();
    // Gemma 3 (a future multilingual model) has 262,144 tokens.
    assert!(limits.vocab_len >= 262_144 && limits.array_len >= limits.vocab_len);
    // A vocabulary one entry over the limit is refused before it is read.
    let mut w = tiny_model();
    let n = limits.vocab_len + 1;
    w.kv("tokenizer.ggml.tokens", Kv::EmptyStrArray(n));
    let path = temp_file("vocab-limit.gguf", &w.bytes());
    let r = GgufFile::open(&path);
    let _ = std::fs::remove_file(&path);
    match r {
        Err(e @ Error::BadGguf { .. }) => assert!(e.to_string().contains(&format!("{n} entries (limit")), "{e}"),
        other => panic!("expected the vocabulary limit, got {other:?}"),
    }
}
