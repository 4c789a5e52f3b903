//! How long one progress write takes on a real file (WAL, synchronous=FULL: each is a committed,
//! flushed transaction), and opening a lesson with its saved state.

use criterion::{criterion_group, criterion_main, Criterion};
use klar_core::storage::Storage;
use klar_core::SystemClock;
use std::sync::Arc;

fn progress_writes(c: &mut Criterion) {
    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => panic!("temp dir: {e}"),
    };
    let mut s = match Storage::open(&dir.path().join("klar.sqlite"), Arc::new(SystemClock)) {
        Ok(s) => s,
        Err(e) => panic!("open: {e}"),
    };
    let l = match s.create_learner("Bench", "sun", false) {
        Ok(l) => l,
        Err(e) => panic!("learner: {e}"),
    };
    let mut i = 0u64;
    c.bench_function("set_position (one committed write)", |b| {
        b.iter(|| {
            i += 1;
            let step = if i.is_multiple_of(2) { "step-a" } else { "step-b" };
            if let Err(e) = s.set_position(l.id, "lesson", step) {
                panic!("{e}");
            }
        })
    });
    c.bench_function("record_answer (one committed write)", |b| {
        b.iter(|| {
            if let Err(e) = s.record_answer(l.id, "lesson", "question", &["a".to_string()], true, None) {
                panic!("{e}");
            }
        })
    });
    c.bench_function("save_reflection (one committed write)", |b| {
        b.iter(|| {
            if let Err(e) = s.save_reflection(l.id, "lesson", "reflect", "Ich prüfe, woher die Zahl stammt.") {
                panic!("{e}");
            }
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = progress_writes
}
criterion_main!(benches);
