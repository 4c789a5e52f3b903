//! The drawing classifier: rasterizing, validation, training on generated shapes (accuracy,
//! determinism, progress, cancellation), prediction and the `classifier-bench` command.

use klar_lab::classifier::{
    rasterize, synthetic, Classifier, Example, Stroke, TrainOptions, TrainProgress, TrainReport,
    MAX_POINTS, PIXELS, SIDE,
};
use klar_lab::{Error, Result};
use std::sync::atomic::{AtomicBool, Ordering};

fn hline(x0: f32, x1: f32, y: f32) -> Vec<Stroke> {
    let n = 40;
    vec![(0..=n)
        .map(|i| [x0 + (x1 - x0) * i as f32 / n as f32, y])
        .collect()]
}

/// Ink-weighted centre of an image, in pixels.
fn centre_of_ink(img: &[f32]) -> (f32, f32) {
    let (mut sx, mut sy, mut total) = (0.0, 0.0, 0.0);
    for (i, &v) in img.iter().enumerate() {
        sx += v * ((i % SIDE) as f32 + 0.5);
        sy += v * ((i / SIDE) as f32 + 0.5);
        total += v;
    }
    (sx / total, sy / total)
}

fn names(n: usize) -> Vec<String> {
    synthetic::SHAPES[..n]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

fn train_quiet(
    names: &[String],
    examples: &[Example],
    opts: &TrainOptions,
) -> Result<(Classifier, TrainReport)> {
    Classifier::train(names, examples, opts, &AtomicBool::new(false), &mut |_| {})
}

fn expect_err<T: std::fmt::Debug>(r: Result<T>) -> Error {
    match r {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e,
    }
}

// --- rasterize ---------------------------------------------------------------------------------

#[test]
fn horizontal_line_lands_centred() -> Result<()> {
    let img = rasterize(&hline(0.1, 0.6, 0.8))?;
    assert_eq!(img.len(), SIDE * SIDE);
    assert!(img.iter().all(|v| (0.0..=1.0).contains(v)));
    assert!(img.contains(&1.0), "the darkest pixel is full ink");
    let (cx, cy) = centre_of_ink(&img);
    let mid = SIDE as f32 / 2.0;
    assert!(
        (cx - mid).abs() < 0.5 && (cy - mid).abs() < 0.5,
        "centre ({cx}, {cy})"
    );
    // It spans the width inside the margin and stays thin.
    let row = |y: usize| img[y * SIDE..(y + 1) * SIDE].iter().sum::<f32>();
    assert!(row(SIDE / 2) > 15.0 || row(SIDE / 2 - 1) > 15.0);
    assert_eq!(row(3), 0.0);
    assert_eq!(row(SIDE - 4), 0.0);
    for y in 0..SIDE {
        assert!(
            img[y * SIDE] == 0.0 && img[y * SIDE + SIDE - 1] == 0.0,
            "margin at row {y}"
        );
    }
    Ok(())
}

#[test]
fn shifted_and_scaled_drawing_gives_nearly_the_same_image() -> Result<()> {
    let (_, set) = synthetic::shapes(1, 11);
    for e in &set {
        let moved: Vec<Stroke> = e
            .strokes
            .iter()
            .map(|s| {
                s.iter()
                    .map(|&[x, y]| [0.05 + 0.6 * x, 0.2 + 0.6 * y])
                    .collect()
            })
            .collect();
        let a = rasterize(&e.strokes)?;
        let b = rasterize(&moved)?;
        let diff = a
            .iter()
            .zip(&b)
            .map(|(p, q)| (p - q).abs())
            .fold(0.0f32, f32::max);
        let mean = a.iter().zip(&b).map(|(p, q)| (p - q).abs()).sum::<f32>() / PIXELS as f32;
        assert!(
            diff < 0.15 && mean < 0.01,
            "class {}: max {diff}, mean {mean}",
            e.class
        );
    }
    Ok(())
}

#[test]
fn a_dot_stays_a_dot() -> Result<()> {
    let img = rasterize(&[vec![[0.5, 0.5]]])?;
    let inked = img.iter().filter(|&&v| v > 0.1).count();
    assert!((1..=25).contains(&inked), "{inked} pixels");
    Ok(())
}

#[test]
fn bad_drawings_are_refused() {
    assert!(matches!(
        expect_err(rasterize(&[])),
        Error::EmptyDrawing { example: None }
    ));
    assert!(matches!(
        expect_err(rasterize(&[vec![], vec![]])),
        Error::EmptyDrawing { .. }
    ));
    let e = expect_err(rasterize(&[vec![[0.2, 0.2], [f32::NAN, 0.5]]]));
    assert!(
        matches!(
            e,
            Error::BadPoint {
                stroke: 0,
                point: 1,
                ..
            }
        ),
        "{e}"
    );
    assert_eq!(e.code(), klar_lab::LabErrorCode::BadPoint);
    let e = expect_err(rasterize(&[vec![[0.2, 0.2]], vec![[0.5, 1.2]]]));
    assert!(
        matches!(
            e,
            Error::BadPoint {
                stroke: 1,
                point: 0,
                ..
            }
        ),
        "{e}"
    );
    assert!(matches!(
        expect_err(rasterize(&[vec![[-0.11, 0.5]]])),
        Error::BadPoint { .. }
    ));
    assert!(matches!(
        expect_err(rasterize(&[vec![[0.5, f32::INFINITY]]])),
        Error::BadPoint { .. }
    ));
    // Just past the edge is still a pen leaving the canvas, not an error.
    assert!(rasterize(&[vec![[-0.05, 0.5], [1.05, 0.5]]]).is_ok());
}

// --- validation --------------------------------------------------------------------------------

#[test]
fn class_count_is_checked() {
    let (_, set) = synthetic::shapes(5, 1);
    let opts = TrainOptions::default();
    let one: Vec<Example> = set.iter().filter(|e| e.class == 0).cloned().collect();
    let e = expect_err(train_quiet(&names(1), &one, &opts));
    assert!(
        matches!(e, Error::TooFewClasses { count: 1, min: 2 }),
        "{e}"
    );
    let mut five = names(4);
    five.push("star".into());
    let e = expect_err(train_quiet(&five, &set, &opts));
    assert!(
        matches!(e, Error::TooManyClasses { count: 5, max: 4 }),
        "{e}"
    );
    assert_eq!(e.code(), klar_lab::LabErrorCode::TooManyClasses);
}

#[test]
fn a_class_with_too_few_drawings_is_named() {
    let (names, mut set) = synthetic::shapes(5, 2);
    let first_triangle = set.iter().position(|e| e.class == 2).unwrap_or(0);
    set.remove(first_triangle);
    let e = expect_err(train_quiet(&names, &set, &TrainOptions::default()));
    match &e {
        Error::TooFewDrawings {
            class,
            index: 2,
            count: 4,
            needed: 5,
        } => {
            assert_eq!(class, "triangle")
        }
        other => panic!("expected TooFewDrawings, got {other:?}"),
    }
    let msg = e.to_string();
    assert!(
        msg.contains("triangle") && msg.contains('4') && msg.contains('5'),
        "{msg}"
    );
    assert_eq!(e.code(), klar_lab::LabErrorCode::TooFewDrawings);
}

#[test]
fn too_many_drawings_in_a_class() {
    let (names, set) = synthetic::shapes_with_counts(&[61, 5], 3);
    let e = expect_err(train_quiet(&names, &set, &TrainOptions::default()));
    assert!(
        matches!(
            e,
            Error::TooManyDrawings {
                index: 0,
                count: 61,
                max: 60,
                ..
            }
        ),
        "{e}"
    );
}

#[test]
fn class_names_are_checked() {
    let (_, set) = synthetic::shapes_with_counts(&[5, 5], 4);
    let opts = TrainOptions::default();
    let e = expect_err(train_quiet(&["cat".into(), "   ".into()], &set, &opts));
    assert!(matches!(e, Error::ClassNameEmpty { index: 1 }), "{e}");
    assert!(e.to_string().contains("class 2"), "{e}");
    let long = "x".repeat(41);
    let e = expect_err(train_quiet(&[long, "dog".into()], &set, &opts));
    assert!(
        matches!(
            e,
            Error::ClassNameTooLong {
                index: 0,
                chars: 41,
                max: 40
            }
        ),
        "{e}"
    );
    let e = expect_err(train_quiet(&["Cat".into(), " cat ".into()], &set, &opts));
    assert!(matches!(e, Error::DuplicateClassName { .. }), "{e}");
    // 40 characters (not bytes) after trimming are fine, and the names are kept trimmed.
    let forty = "ü".repeat(40);
    let (c, _) = train_quiet(
        &[format!("  {forty} "), "dog".into()],
        &set,
        &TrainOptions { epochs: 1, ..opts },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.class_names(), [forty, "dog".to_string()]);
}

#[test]
fn class_index_out_of_range() {
    let (names, mut set) = synthetic::shapes_with_counts(&[5, 5], 5);
    set[7].class = 2;
    let e = expect_err(train_quiet(&names, &set, &TrainOptions::default()));
    assert!(
        matches!(
            e,
            Error::UnknownClass {
                example: 7,
                class: 2,
                classes: 2
            }
        ),
        "{e}"
    );
}

#[test]
fn bad_drawings_in_a_training_set_are_located() {
    let opts = TrainOptions::default();
    let (names, mut set) = synthetic::shapes_with_counts(&[5, 5], 6);
    let dense: Stroke = (0..=MAX_POINTS)
        .map(|i| [i as f32 / MAX_POINTS as f32, 0.5])
        .collect();
    set[3].strokes = vec![dense];
    let e = expect_err(train_quiet(&names, &set, &opts));
    assert!(
        matches!(
            e,
            Error::DrawingTooComplex {
                example: Some(3),
                points: 4001,
                ..
            }
        ),
        "{e}"
    );
    assert!(e.to_string().starts_with("drawing 4:"), "{e}");

    let (names, mut set) = synthetic::shapes_with_counts(&[5, 5], 6);
    set[2].strokes = vec![vec![[0.5, 0.5]]; 65];
    let e = expect_err(train_quiet(&names, &set, &opts));
    assert!(
        matches!(e, Error::DrawingTooComplex { strokes: 65, .. }),
        "{e}"
    );

    let (names, mut set) = synthetic::shapes_with_counts(&[5, 5], 6);
    set[6].strokes.clear();
    let e = expect_err(train_quiet(&names, &set, &opts));
    assert!(matches!(e, Error::EmptyDrawing { example: Some(6) }), "{e}");
}

#[test]
fn bad_options_are_refused() {
    let (names, set) = synthetic::shapes_with_counts(&[5, 5], 7);
    for opts in [
        TrainOptions {
            epochs: 0,
            ..TrainOptions::default()
        },
        TrainOptions {
            learning_rate: f64::NAN,
            ..TrainOptions::default()
        },
        TrainOptions {
            learning_rate: 0.0,
            ..TrainOptions::default()
        },
        TrainOptions {
            batch_size: 0,
            ..TrainOptions::default()
        },
        TrainOptions {
            hidden_units: 0,
            ..TrainOptions::default()
        },
    ] {
        let e = expect_err(train_quiet(&names, &set, &opts));
        assert!(matches!(e, Error::InvalidInput(_)), "{opts:?}: {e}");
    }
}

// --- training ----------------------------------------------------------------------------------

#[test]
fn learns_generated_shapes() -> Result<()> {
    let (names, train_set) = synthetic::shapes(10, 42);
    let (_, test_set) = synthetic::shapes(25, 4242);
    let opts = TrainOptions {
        seed: 42,
        ..TrainOptions::default()
    };
    let (classifier, report) = train_quiet(&names, &train_set, &opts)?;
    assert!(!report.cancelled);
    assert_eq!(report.epochs_run, opts.epochs);
    assert_eq!(report.per_class_counts, [10, 10, 10, 10]);
    assert!(report.train_accuracy >= 0.95, "{report:?}");
    let eval = classifier.evaluate(&test_set)?;
    assert!(eval.accuracy >= 0.8, "held-out accuracy {eval:?}");
    assert_eq!(eval.confusion.iter().flatten().sum::<usize>(), 100);
    Ok(())
}

#[test]
fn same_seed_same_losses_and_one_progress_per_epoch() -> Result<()> {
    let (names, set) = synthetic::shapes_with_counts(&[6, 6, 6], 8);
    let opts = TrainOptions {
        epochs: 8,
        seed: 5,
        ..TrainOptions::default()
    };
    let run = |opts: &TrainOptions| -> Result<(Vec<TrainProgress>, TrainReport)> {
        let mut seen = Vec::new();
        let (_, report) =
            Classifier::train(&names, &set, opts, &AtomicBool::new(false), &mut |p| {
                seen.push(p.clone())
            })?;
        Ok((seen, report))
    };
    let (a, report) = run(&opts)?;
    let (b, _) = run(&opts)?;
    assert_eq!(a, b, "same seed, same loss sequence");
    assert_eq!(a.len(), 8);
    for (i, p) in a.iter().enumerate() {
        assert_eq!((p.epoch, p.epochs), (i + 1, 8));
        assert!(p.loss.is_finite() && (0.0..=1.0).contains(&p.train_accuracy));
    }
    assert_eq!(report.final_loss, a[7].loss);
    assert!(a[7].loss < a[0].loss, "the loss goes down: {a:?}");
    let (c, _) = run(&TrainOptions { seed: 6, ..opts })?;
    assert_ne!(a, c, "another seed, another run");
    Ok(())
}

#[test]
fn cancelled_before_start() -> Result<()> {
    let (names, set) = synthetic::shapes(5, 9);
    let cancel = AtomicBool::new(true);
    let mut calls = 0;
    let (classifier, report) =
        Classifier::train(&names, &set, &TrainOptions::default(), &cancel, &mut |_| {
            calls += 1
        })?;
    assert!(report.cancelled);
    assert_eq!((report.epochs_run, calls), (0, 0));
    // The untrained network still answers, with near-uniform guesses.
    assert!((report.final_loss - 4f32.ln()).abs() < 0.5, "{report:?}");
    let p = classifier.predict(&set[0].strokes)?;
    assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-4);
    Ok(())
}

#[test]
fn cancelled_from_the_progress_callback() -> Result<()> {
    let (names, set) = synthetic::shapes(5, 10);
    let cancel = AtomicBool::new(false);
    let mut epochs = Vec::new();
    let opts = TrainOptions {
        epochs: 10,
        ..TrainOptions::default()
    };
    let (_, report) = Classifier::train(&names, &set, &opts, &cancel, &mut |p| {
        epochs.push(p.epoch);
        if p.epoch == 2 {
            cancel.store(true, Ordering::Relaxed);
        }
    })?;
    assert!(report.cancelled);
    assert_eq!(report.epochs_run, 2);
    assert_eq!(epochs, [1, 2]);
    Ok(())
}

#[test]
fn predictions_are_probabilities_for_2_to_4_classes() -> Result<()> {
    for k in 2..=4 {
        let (names, set) = synthetic::shapes_with_counts(&vec![5; k], 20 + k as u64);
        let opts = TrainOptions {
            epochs: 5,
            ..TrainOptions::default()
        };
        let (classifier, report) = train_quiet(&names, &set, &opts)?;
        assert_eq!(report.per_class_counts, vec![5; k]);
        assert_eq!(classifier.class_names().len(), k);
        for e in set.iter().step_by(3) {
            let p = classifier.predict(&e.strokes)?;
            assert_eq!(p.len(), k);
            assert!(p.iter().all(|v| (0.0..=1.0).contains(v)));
            assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-4, "{p:?}");
            assert_eq!(classifier.predict_image(&rasterize(&e.strokes)?)?, p);
        }
        assert!(matches!(
            expect_err(classifier.predict(&[])),
            Error::EmptyDrawing { .. }
        ));
        assert!(matches!(
            expect_err(classifier.predict_image(&[0.0; 5])),
            Error::InvalidInput(_)
        ));
    }
    Ok(())
}

#[test]
fn skewed_data_is_reported_per_class() -> Result<()> {
    let (names, set) = synthetic::shapes_with_counts(&[20, 20, 5], 12);
    let opts = TrainOptions {
        epochs: 3,
        ..TrainOptions::default()
    };
    let (_, report) = train_quiet(&names, &set, &opts)?;
    assert_eq!(report.per_class_counts, [20, 20, 5]);
    Ok(())
}

// --- CLI ---------------------------------------------------------------------------------------

#[test]
fn classifier_bench_command() -> std::result::Result<(), Box<dyn std::error::Error>> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_klar-lab"))
        .args([
            "classifier-bench",
            "--per-class",
            "10",
            "--test-per-class",
            "10",
        ])
        .env("KLAR_MODELS_DIR", "does/not/exist")
        .output()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout)?;
    assert_eq!(text.lines().count(), 1, "one JSON object: {text}");
    assert!(text.starts_with(r#"{"train_s":"#), "keys in order: {text}");
    let v: serde_json::Value = serde_json::from_str(&text)?;
    for key in ["train_s", "train_accuracy", "test_accuracy", "epochs"] {
        assert!(v[key].is_number(), "{key} missing in {text}");
    }
    let acc = v["test_accuracy"].as_f64().unwrap_or(-1.0);
    assert!((0.0..=1.0).contains(&acc), "{text}");
    assert_eq!(v["train_drawings"], 40);
    assert_eq!(v["test_drawings"], 40);

    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_klar-lab"))
        .args(["classifier-bench", "--per-class", "2"])
        .output()?;
    assert!(!bad.status.success());
    assert!(bad.stdout.is_empty());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("at least 5"));
    Ok(())
}
