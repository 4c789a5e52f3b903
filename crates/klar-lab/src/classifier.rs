//! The "train your own classifier" lab: learners' drawings become small grey images, a tiny neural
//! network learns them live on the CPU, and then says how likely each class is for a new drawing.

use crate::error::{Error, Result};
use candle_core::{DType, Device, Module, Tensor, Var};
use candle_nn::{linear, loss, ops, AdamW, Linear, Optimizer, ParamsAdamW, VarBuilder, VarMap};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

/// Images are `SIDE`×`SIDE` grey pixels, row by row: 0.0 = background, 1.0 = ink.
pub const SIDE: usize = 28;
/// Pixels in one image.
pub const PIXELS: usize = SIDE * SIDE;
/// Fewest and most classes a learner can make.
pub const MIN_CLASSES: usize = 2;
pub const MAX_CLASSES: usize = 4;
/// Longest class name, in characters after trimming.
pub const MAX_NAME_CHARS: usize = 40;
/// Most drawings in one class (keeps training live on a slow PC).
pub const MAX_PER_CLASS: usize = 60;
/// Most strokes, and most points over all strokes, in one drawing.
pub const MAX_STROKES: usize = 64;
pub const MAX_POINTS: usize = 4000;

/// Points may stray a little past the canvas edge (the pen leaving it), no further.
const COORD_MIN: f32 = -0.1;
const COORD_MAX: f32 = 1.1;
/// Blank pixels on each side of the ink, as in MNIST (a 20×20 box in 28×28).
const MARGIN: f32 = 4.0;
/// Half the pen width in output pixels, and the width of its soft edge (the anti-aliasing).
const PEN_RADIUS: f32 = 0.9;
const PEN_EDGE: f32 = 1.0;
/// Ink smaller than this (in canvas units) is not blown up further, so a dot stays a dot.
const MIN_EXTENT: f32 = 0.05;
/// Points closer than this (in output pixels) to the previous one add nothing but work.
const MIN_STEP_PX: f32 = 0.5;
/// Small training sets take smaller steps, so that every epoch still has this many steps.
const MIN_STEPS_PER_EPOCH: usize = 4;
/// AdamW's weight decay: a little keeps the weights small with so few drawings.
const WEIGHT_DECAY: f64 = 0.01;

/// One stroke of the pen: points in canvas coordinates 0.0..=1.0 (x right, y down).
pub type Stroke = Vec<[f32; 2]>;

/// One labelled drawing.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Example {
    /// Index into the class names.
    pub class: usize,
    pub strokes: Vec<Stroke>,
}

/// How to train. The default trains 40 drawings in well under 3 s on two cores.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct TrainOptions {
    /// Passes over all drawings (1..=1000).
    pub epochs: usize,
    /// AdamW's step size (0 < lr ≤ 1).
    pub learning_rate: f64,
    /// Seeds the initial weights, the shuffling and the augmentation: same seed, same training.
    pub seed: u64,
    /// Fewest drawings every class must have (at least 1).
    pub min_per_class: usize,
    /// Neurons in the hidden layer (1..=512).
    pub hidden_units: usize,
    /// Most drawings per training step (1..=256). Small sets use fewer, so that an epoch has
    /// at least 4 steps.
    pub batch_size: usize,
    /// Show the network slightly rotated, stretched and shifted copies of the drawings, so it
    /// learns the shape rather than the exact pixels.
    pub augment: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 80,
            learning_rate: 0.004,
            seed: 0,
            min_per_class: 5,
            hidden_units: 32,
            batch_size: 16,
            augment: true,
        }
    }
}

/// Sent after every epoch; the UI draws the loss curve from it.
#[derive(Serialize, Clone, Debug, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct TrainProgress {
    /// Epochs done so far (1-based).
    pub epoch: usize,
    pub epochs: usize,
    /// Cross-entropy on the learner's own (unaltered) drawings after this epoch.
    pub loss: f32,
    /// Share of the learner's own drawings the network now gets right.
    pub train_accuracy: f32,
}

/// What a training run did.
#[derive(Serialize, Clone, Debug, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct TrainReport {
    /// Complete epochs (less than asked when cancelled).
    pub epochs_run: usize,
    /// Loss and accuracy of the returned classifier on the training drawings.
    pub final_loss: f32,
    pub train_accuracy: f32,
    /// Wall-clock seconds, including turning the drawings into images.
    pub train_s: f64,
    pub cancelled: bool,
    /// Drawings per class, in class order (the skewed-data lesson shows these).
    pub per_class_counts: Vec<usize>,
}

/// How a classifier does on a labelled set of drawings it was not trained on.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub accuracy: f32,
    /// Share right per class, in class order (0 for a class with no drawings).
    pub per_class_accuracy: Vec<f32>,
    /// `confusion[actual][predicted]` counts.
    pub confusion: Vec<Vec<usize>>,
}

/// The `classifier-bench` figures: train on generated shapes, test on other generated shapes.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct ClassifierBench {
    pub train_s: f64,
    pub train_accuracy: f32,
    pub test_accuracy: f32,
    pub epochs: usize,
    pub final_loss: f32,
    pub train_drawings: usize,
    pub test_drawings: usize,
    pub seed: u64,
}

/// A trained drawing classifier: the class names and the network's weights.
#[derive(Debug, Clone)]
pub struct Classifier {
    class_names: Vec<String>,
    net: Mlp,
}

/// Turns strokes into a `SIDE`×`SIDE` image: the ink's bounding box is scaled (keeping its
/// aspect ratio) into the centre with a margin, lines are drawn with a soft-edged pen and
/// lightly blurred, and the darkest pixel is 1.0.
pub fn rasterize(strokes: &[Stroke]) -> Result<Vec<f32>> {
    check_drawing(strokes, None)?;
    Ok(render(strokes, Warp::IDENTITY))
}

impl Classifier {
    /// Validates the class names and drawings, turns the drawings into images and trains the
    /// network, calling `on_progress` after every epoch. `cancel` is checked before every
    /// training step; a cancelled training returns the classifier as trained so far, with
    /// `report.cancelled` set.
    pub fn train(
        class_names: &[String],
        examples: &[Example],
        opts: &TrainOptions,
        cancel: &AtomicBool,
        on_progress: &mut dyn FnMut(&TrainProgress),
    ) -> Result<(Classifier, TrainReport)> {
        // Only reported, never decided on, so the real clock is fine here.
        let start = Instant::now();
        let class_names = check_class_names(class_names)?;
        check_options(opts)?;
        let per_class_counts = check_examples(&class_names, examples, opts.min_per_class)?;

        let device = Device::Cpu;
        let n = examples.len();
        let labels: Vec<u32> = examples.iter().map(|e| e.class as u32).collect();
        let clean: Vec<Vec<f32>> = examples
            .iter()
            .map(|e| render(&e.strokes, Warp::IDENTITY))
            .collect();
        let clean_x = Tensor::from_vec(clean.concat(), (n, PIXELS), &device)?;
        let clean_y = Tensor::from_slice(&labels, n, &device)?;

        let mut rng = StdRng::seed_from_u64(opts.seed);
        let varmap = VarMap::new();
        let net = Mlp::new(&varmap, class_names.len(), opts.hidden_units, &mut rng)?;
        let mut optimizer = AdamW::new(
            varmap.all_vars(),
            ParamsAdamW {
                lr: opts.learning_rate,
                weight_decay: WEIGHT_DECAY,
                ..ParamsAdamW::default()
            },
        )?;

        let batch_size = opts.batch_size.min(n.div_ceil(MIN_STEPS_PER_EPOCH)).max(1);
        let mut order: Vec<usize> = (0..n).collect();
        let mut epochs_run = 0;
        let mut cancelled = false;
        // Loss and accuracy of the current weights, when known.
        let mut scores = None;
        'epochs: for epoch in 1..=opts.epochs {
            order.shuffle(&mut rng);
            for batch in order.chunks(batch_size) {
                if cancel.load(Ordering::Relaxed) {
                    cancelled = true;
                    break 'epochs;
                }
                let mut xs = Vec::with_capacity(batch.len() * PIXELS);
                for &i in batch {
                    if opts.augment {
                        xs.extend(augmented(&examples[i].strokes, &mut rng));
                    } else {
                        xs.extend_from_slice(&clean[i]);
                    }
                }
                let ys: Vec<u32> = batch.iter().map(|&i| labels[i]).collect();
                let xs = Tensor::from_vec(xs, (batch.len(), PIXELS), &device)?;
                let ys = Tensor::from_vec(ys, batch.len(), &device)?;
                let loss = loss::cross_entropy(&net.forward(&xs)?, &ys)?;
                optimizer.backward_step(&loss)?;
                scores = None;
            }
            let (loss, train_accuracy) = net.score(&clean_x, &clean_y, &labels)?;
            scores = Some((loss, train_accuracy));
            epochs_run = epoch;
            on_progress(&TrainProgress {
                epoch,
                epochs: opts.epochs,
                loss,
                train_accuracy,
            });
        }
        let (final_loss, train_accuracy) = match scores {
            Some(s) => s,
            None => net.score(&clean_x, &clean_y, &labels)?,
        };
        let classifier = Classifier {
            class_names,
            net: net.detached(),
        };
        let report = TrainReport {
            epochs_run,
            final_loss,
            train_accuracy,
            train_s: start.elapsed().as_secs_f64(),
            cancelled,
            per_class_counts,
        };
        Ok((classifier, report))
    }

    /// Probability of each class (they sum to 1), in class order.
    pub fn predict(&self, strokes: &[Stroke]) -> Result<Vec<f32>> {
        check_drawing(strokes, None)?;
        self.predict_image(&render(strokes, Warp::IDENTITY))
    }

    /// Probability of each class for an image made by [`rasterize`] (so the UI can show the
    /// learner what the network sees and ask about exactly that).
    pub fn predict_image(&self, image: &[f32]) -> Result<Vec<f32>> {
        if image.len() != PIXELS || image.iter().any(|v| !v.is_finite()) {
            return Err(Error::InvalidInput(format!(
                "an image must have {PIXELS} finite values; it has {}",
                image.len()
            )));
        }
        let x = Tensor::from_slice(image, (1, PIXELS), &Device::Cpu)?;
        let probs = ops::softmax(&self.net.forward(&x)?, 1)?;
        Ok(probs.squeeze(0)?.to_vec1::<f32>()?)
    }

    /// Accuracy, per-class accuracy and confusion matrix on labelled drawings.
    pub fn evaluate(&self, examples: &[Example]) -> Result<Evaluation> {
        let k = self.class_names.len();
        if examples.is_empty() {
            return Err(Error::InvalidInput(
                "there are no drawings to test with".into(),
            ));
        }
        let mut images = Vec::with_capacity(examples.len() * PIXELS);
        for (i, e) in examples.iter().enumerate() {
            if e.class >= k {
                return Err(Error::UnknownClass {
                    example: i,
                    class: e.class,
                    classes: k,
                });
            }
            check_drawing(&e.strokes, Some(i))?;
            images.extend(render(&e.strokes, Warp::IDENTITY));
        }
        let x = Tensor::from_vec(images, (examples.len(), PIXELS), &Device::Cpu)?;
        let predicted = self.net.forward(&x)?.argmax(1)?.to_vec1::<u32>()?;
        let mut confusion = vec![vec![0usize; k]; k];
        for (e, &p) in examples.iter().zip(&predicted) {
            if let Some(cell) = confusion[e.class].get_mut(p as usize) {
                *cell += 1;
            }
        }
        let right: usize = (0..k).map(|c| confusion[c][c]).sum();
        let per_class_accuracy = confusion
            .iter()
            .enumerate()
            .map(|(c, row)| {
                let total: usize = row.iter().sum();
                if total == 0 {
                    0.0
                } else {
                    row[c] as f32 / total as f32
                }
            })
            .collect();
        Ok(Evaluation {
            accuracy: right as f32 / examples.len() as f32,
            per_class_accuracy,
            confusion,
        })
    }

    /// The class names, trimmed, in class order.
    pub fn class_names(&self) -> &[String] {
        &self.class_names
    }
}

/// Generates `per_class` drawings of each of the four synthetic shapes (seed `seed`), trains
/// with the default options, and tests on `test_per_class` differently seeded drawings.
pub fn bench(seed: u64, per_class: usize, test_per_class: usize) -> Result<ClassifierBench> {
    // Any fixed change of the seed gives an unrelated stream of drawings.
    const TEST_SEED_SALT: u64 = 0x7E57_5EED_0000_0001;
    let (names, train_set) = synthetic::shapes(per_class, seed);
    let (_, test_set) = synthetic::shapes(test_per_class, seed ^ TEST_SEED_SALT);
    let opts = TrainOptions {
        seed,
        ..TrainOptions::default()
    };
    let (classifier, report) = Classifier::train(
        &names,
        &train_set,
        &opts,
        &AtomicBool::new(false),
        &mut |_| {},
    )?;
    let evaluation = classifier.evaluate(&test_set)?;
    Ok(ClassifierBench {
        train_s: report.train_s,
        train_accuracy: report.train_accuracy,
        test_accuracy: evaluation.accuracy,
        epochs: report.epochs_run,
        final_loss: report.final_loss,
        train_drawings: train_set.len(),
        test_drawings: test_set.len(),
        seed,
    })
}

// ---------------------------------------------------------------------------------------------
// Validation

/// Limits on one drawing; `example` names it in the error when it is part of a training set.
fn check_drawing(strokes: &[Stroke], example: Option<usize>) -> Result<()> {
    let points: usize = strokes.iter().map(Vec::len).sum();
    if strokes.len() > MAX_STROKES || points > MAX_POINTS {
        return Err(Error::DrawingTooComplex {
            example,
            strokes: strokes.len(),
            points,
            max_strokes: MAX_STROKES,
            max_points: MAX_POINTS,
        });
    }
    let on_canvas = |v: f32| (COORD_MIN..=COORD_MAX).contains(&v); // false for NaN too
    for (s, stroke) in strokes.iter().enumerate() {
        for (p, &[x, y]) in stroke.iter().enumerate() {
            if !on_canvas(x) || !on_canvas(y) {
                return Err(Error::BadPoint {
                    example,
                    stroke: s,
                    point: p,
                    x,
                    y,
                });
            }
        }
    }
    if points == 0 {
        return Err(Error::EmptyDrawing { example });
    }
    Ok(())
}

/// 2..=4 classes with distinct names of 1..=40 characters; returns the trimmed names.
fn check_class_names(names: &[String]) -> Result<Vec<String>> {
    if names.len() < MIN_CLASSES {
        return Err(Error::TooFewClasses {
            count: names.len(),
            min: MIN_CLASSES,
        });
    }
    if names.len() > MAX_CLASSES {
        return Err(Error::TooManyClasses {
            count: names.len(),
            max: MAX_CLASSES,
        });
    }
    let mut trimmed: Vec<String> = Vec::with_capacity(names.len());
    for (index, name) in names.iter().enumerate() {
        let name = name.trim();
        let chars = name.chars().count();
        if chars == 0 {
            return Err(Error::ClassNameEmpty { index });
        }
        if chars > MAX_NAME_CHARS {
            return Err(Error::ClassNameTooLong {
                index,
                chars,
                max: MAX_NAME_CHARS,
            });
        }
        if trimmed
            .iter()
            .any(|t| t.to_lowercase() == name.to_lowercase())
        {
            return Err(Error::DuplicateClassName {
                name: name.to_string(),
            });
        }
        trimmed.push(name.to_string());
    }
    Ok(trimmed)
}

fn check_options(opts: &TrainOptions) -> Result<()> {
    let bad = |what: &str| Err(Error::InvalidInput(format!("training option {what}")));
    if !(1..=1000).contains(&opts.epochs) {
        return bad("epochs must be 1 to 1000");
    }
    if !(opts.learning_rate.is_finite() && opts.learning_rate > 0.0 && opts.learning_rate <= 1.0) {
        return bad("learning_rate must be above 0 and at most 1");
    }
    if !(1..=512).contains(&opts.hidden_units) {
        return bad("hidden_units must be 1 to 512");
    }
    if !(1..=256).contains(&opts.batch_size) {
        return bad("batch_size must be 1 to 256");
    }
    Ok(())
}

/// Class indices in range, every class with `min_per_class..=MAX_PER_CLASS` drawings, every
/// drawing valid. Returns the drawings per class.
fn check_examples(
    names: &[String],
    examples: &[Example],
    min_per_class: usize,
) -> Result<Vec<usize>> {
    let mut counts = vec![0usize; names.len()];
    for (i, e) in examples.iter().enumerate() {
        match counts.get_mut(e.class) {
            Some(c) => *c += 1,
            None => {
                return Err(Error::UnknownClass {
                    example: i,
                    class: e.class,
                    classes: names.len(),
                })
            }
        }
    }
    let needed = min_per_class.max(1);
    for (index, (&count, name)) in counts.iter().zip(names).enumerate() {
        if count < needed {
            return Err(Error::TooFewDrawings {
                class: name.clone(),
                index,
                count,
                needed,
            });
        }
        if count > MAX_PER_CLASS {
            return Err(Error::TooManyDrawings {
                class: name.clone(),
                index,
                count,
                max: MAX_PER_CLASS,
            });
        }
    }
    for (i, e) in examples.iter().enumerate() {
        check_drawing(&e.strokes, Some(i))?;
    }
    Ok(counts)
}

// ---------------------------------------------------------------------------------------------
// Rasterizing

/// A 2×2 linear map applied to the points before drawing (augmentation). Translation is left
/// out because drawing crops to the ink anyway.
#[derive(Clone, Copy, Debug)]
struct Warp([f32; 4]);

impl Warp {
    const IDENTITY: Warp = Warp([1.0, 0.0, 0.0, 1.0]);

    fn apply(&self, [x, y]: [f32; 2]) -> [f32; 2] {
        let [a, b, c, d] = self.0;
        [a * x + b * y, c * x + d * y]
    }

    /// A small random rotation, stretch and shear: still the same shape to a person.
    fn random(rng: &mut StdRng) -> Warp {
        let (sin, cos) = rng.random_range(-0.2f32..0.2).sin_cos();
        let sx = rng.random_range(0.85f32..1.15);
        let sy = rng.random_range(0.85f32..1.15);
        let shear = rng.random_range(-0.15f32..0.15);
        // rotation · shear · scale
        Warp([
            cos * sx,
            (cos * shear - sin) * sy,
            sin * sx,
            (sin * shear + cos) * sy,
        ])
    }
}

/// Draws already validated strokes (see [`rasterize`]).
fn render(strokes: &[Stroke], warp: Warp) -> Vec<f32> {
    let mut lo = [f32::INFINITY; 2];
    let mut hi = [f32::NEG_INFINITY; 2];
    for &p in strokes.iter().flatten() {
        let q = warp.apply(p);
        for k in 0..2 {
            lo[k] = lo[k].min(q[k]);
            hi[k] = hi[k].max(q[k]);
        }
    }
    let mut image = vec![0.0f32; PIXELS];
    if lo[0] > hi[0] {
        return image; // no points
    }
    let extent = (hi[0] - lo[0]).max(hi[1] - lo[1]).max(MIN_EXTENT);
    let scale = (SIDE as f32 - 2.0 * MARGIN) / extent;
    let centre = [(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0];
    let half = SIDE as f32 / 2.0;
    let to_pixels = |p: [f32; 2]| {
        let q = warp.apply(p);
        [
            (q[0] - centre[0]) * scale + half,
            (q[1] - centre[1]) * scale + half,
        ]
    };

    let mut path: Vec<[f32; 2]> = Vec::new();
    for stroke in strokes {
        path.clear();
        for (i, &p) in stroke.iter().enumerate() {
            let q = to_pixels(p);
            let is_last = i + 1 == stroke.len();
            match path.last() {
                Some(&prev) if distance(prev, q) < MIN_STEP_PX && !is_last => {}
                _ => path.push(q),
            }
        }
        match path.as_slice() {
            [] => {}
            [dot] => draw_segment(&mut image, *dot, *dot),
            _ => {
                for w in path.windows(2) {
                    draw_segment(&mut image, w[0], w[1]);
                }
            }
        }
    }
    blur(&mut image);
    let max = image.iter().fold(0.0f32, |m, &v| m.max(v));
    if max > 0.0 {
        for v in &mut image {
            *v = (*v / max).clamp(0.0, 1.0);
        }
    }
    image
}

fn distance(a: [f32; 2], b: [f32; 2]) -> f32 {
    ((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1])).sqrt()
}

/// Distance from `p` to the segment `a`–`b`.
fn distance_to_segment(p: [f32; 2], a: [f32; 2], b: [f32; 2]) -> f32 {
    let ab = [b[0] - a[0], b[1] - a[1]];
    let len2 = ab[0] * ab[0] + ab[1] * ab[1];
    let t = if len2 > 0.0 {
        (((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    distance(p, [a[0] + t * ab[0], a[1] + t * ab[1]])
}

/// Inks the pixels near the segment: full inside the pen, fading over its soft edge. Only the
/// pixels in the segment's bounding box are looked at.
fn draw_segment(image: &mut [f32], a: [f32; 2], b: [f32; 2]) {
    let reach = PEN_RADIUS + PEN_EDGE;
    let last = (SIDE - 1) as f32;
    let range = |u: f32, v: f32| {
        let from = (u.min(v) - reach).floor().clamp(0.0, last) as usize;
        let to = (u.max(v) + reach).ceil().clamp(0.0, last) as usize;
        from..=to
    };
    for y in range(a[1], b[1]) {
        for x in range(a[0], b[0]) {
            let d = distance_to_segment([x as f32 + 0.5, y as f32 + 0.5], a, b);
            let ink = ((reach - d) / PEN_EDGE).clamp(0.0, 1.0);
            let pixel = &mut image[y * SIDE + x];
            *pixel = pixel.max(ink);
        }
    }
}

/// A light [1 2 1]/4 blur along rows, then along columns (edges treated as background).
fn blur(image: &mut [f32]) {
    let mut tmp = vec![0.0f32; PIXELS];
    let at = |img: &[f32], x: isize, y: isize| {
        if (0..SIDE as isize).contains(&x) && (0..SIDE as isize).contains(&y) {
            img[y as usize * SIDE + x as usize]
        } else {
            0.0
        }
    };
    for y in 0..SIDE as isize {
        for x in 0..SIDE as isize {
            tmp[y as usize * SIDE + x as usize] =
                0.25 * at(image, x - 1, y) + 0.5 * at(image, x, y) + 0.25 * at(image, x + 1, y);
        }
    }
    for y in 0..SIDE as isize {
        for x in 0..SIDE as isize {
            image[y as usize * SIDE + x as usize] =
                0.25 * at(&tmp, x, y - 1) + 0.5 * at(&tmp, x, y) + 0.25 * at(&tmp, x, y + 1);
        }
    }
}

/// The drawing slightly warped and shifted by up to 2 pixels: a new variant on every call.
fn augmented(strokes: &[Stroke], rng: &mut StdRng) -> Vec<f32> {
    let image = render(strokes, Warp::random(rng));
    let dx = rng.random_range(-2i32..=2) as isize;
    let dy = rng.random_range(-2i32..=2) as isize;
    let mut shifted = vec![0.0f32; PIXELS];
    for y in 0..SIDE as isize {
        for x in 0..SIDE as isize {
            let (sx, sy) = (x - dx, y - dy);
            if (0..SIDE as isize).contains(&sx) && (0..SIDE as isize).contains(&sy) {
                shifted[y as usize * SIDE + x as usize] = image[sy as usize * SIDE + sx as usize];
            }
        }
    }
    shifted
}

// ---------------------------------------------------------------------------------------------
// The network

/// Pixels → hidden layer (ReLU) → one score per class.
#[derive(Debug, Clone)]
struct Mlp {
    hidden: Linear,
    output: Linear,
}

impl Mlp {
    /// Puts seeded initial weights into `varmap` (candle's CPU random generator cannot be
    /// seeded) and builds the layers on them.
    fn new(varmap: &VarMap, classes: usize, hidden: usize, rng: &mut StdRng) -> Result<Mlp> {
        let device = Device::Cpu;
        {
            let mut vars = varmap
                .data()
                .lock()
                .map_err(|_| Error::Compute("the weight store was poisoned".into()))?;
            // He-uniform for the ReLU layer; small output weights so the first guesses are
            // near-uniform (loss ≈ ln of the class count).
            let uniform = |rng: &mut StdRng, n: usize, bound: f32| -> Vec<f32> {
                (0..n).map(|_| rng.random_range(-bound..bound)).collect()
            };
            let w1 = uniform(rng, hidden * PIXELS, (6.0 / PIXELS as f32).sqrt());
            let w2 = uniform(rng, classes * hidden, (1.0 / hidden as f32).sqrt());
            let tensors = [
                (
                    "hidden.weight",
                    Tensor::from_vec(w1, (hidden, PIXELS), &device)?,
                ),
                ("hidden.bias", Tensor::zeros(hidden, DType::F32, &device)?),
                (
                    "output.weight",
                    Tensor::from_vec(w2, (classes, hidden), &device)?,
                ),
                ("output.bias", Tensor::zeros(classes, DType::F32, &device)?),
            ];
            for (name, t) in tensors {
                vars.insert(name.to_string(), Var::from_tensor(&t)?);
            }
        }
        let vb = VarBuilder::from_varmap(varmap, DType::F32, &device);
        Ok(Mlp {
            hidden: linear(PIXELS, hidden, vb.pp("hidden"))?,
            output: linear(hidden, classes, vb.pp("output"))?,
        })
    }

    fn forward(&self, xs: &Tensor) -> candle_core::Result<Tensor> {
        self.output.forward(&self.hidden.forward(xs)?.relu()?)
    }

    /// Loss and accuracy on a labelled batch.
    fn score(&self, xs: &Tensor, ys: &Tensor, labels: &[u32]) -> Result<(f32, f32)> {
        let logits = self.forward(xs)?;
        let loss = loss::cross_entropy(&logits, ys)?.to_scalar::<f32>()?;
        let predicted = logits.argmax(1)?.to_vec1::<u32>()?;
        let right = predicted.iter().zip(labels).filter(|(p, y)| p == y).count();
        Ok((loss, right as f32 / labels.len().max(1) as f32))
    }

    /// The same weights, cut loose from the training variables and their gradient tracking.
    fn detached(&self) -> Mlp {
        let cut = |l: &Linear| Linear::new(l.weight().detach(), l.bias().map(Tensor::detach));
        Mlp {
            hidden: cut(&self.hidden),
            output: cut(&self.output),
        }
    }
}

// ---------------------------------------------------------------------------------------------

/// Generated drawings of four shapes, for tests, the benchmark and the lessons' presets.
pub mod synthetic {
    use super::{Example, Stroke};
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};
    use std::f32::consts::{PI, TAU};

    /// The class names, in class order.
    pub const SHAPES: [&str; 4] = ["circle", "square", "triangle", "line"];

    /// Pen points per canvas unit along a line, roughly what a mouse or finger delivers.
    const STEP: f32 = 0.012;

    /// `per_class` drawings of each shape, seeded: position, size, rotation, stretch, start
    /// point, direction and wobble of the line vary.
    pub fn shapes(per_class: usize, seed: u64) -> (Vec<String>, Vec<Example>) {
        shapes_with_counts(&[per_class; 4], seed)
    }

    /// `counts[i]` drawings of `SHAPES[i]` for the first `counts.len()` shapes (at most four),
    /// e.g. `[20, 20, 3]` for the skewed-data lesson.
    pub fn shapes_with_counts(counts: &[usize], seed: u64) -> (Vec<String>, Vec<Example>) {
        let mut rng = StdRng::seed_from_u64(seed);
        let counts = &counts[..counts.len().min(SHAPES.len())];
        let names = SHAPES[..counts.len()]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mut examples = Vec::new();
        for (class, &count) in counts.iter().enumerate() {
            for _ in 0..count {
                examples.push(Example {
                    class,
                    strokes: draw(class, &mut rng),
                });
            }
        }
        (names, examples)
    }

    /// One drawing of shape `class`, in canvas coordinates.
    fn draw(class: usize, rng: &mut StdRng) -> Vec<Stroke> {
        // The outline in a unit box centred on 0 (y down).
        let outline: Vec<Vec<[f32; 2]>> = match class {
            0 => vec![circle(rng)],
            1 => {
                let corners = [[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [-0.5, 0.5]];
                polygon(&corners, rng)
            }
            2 => {
                let corners = [[0.0, -0.5], [0.5, 0.45], [-0.5, 0.45]];
                polygon(&corners, rng)
            }
            _ => vec![line(rng)],
        };
        let size = rng.random_range(0.3f32..0.7);
        let stretch = rng.random_range(0.85f32..1.15);
        let (sin, cos) = rng.random_range(-0.3f32..0.3).sin_cos();
        // Room for the rotated, stretched shape: its corners reach at most ~0.6·size out.
        let reach = 0.6 * size * 1.15;
        let mut centre = [0.0f32; 2];
        for c in &mut centre {
            *c = rng.random_range(reach.min(0.5)..=(1.0 - reach).max(0.5));
        }
        outline
            .into_iter()
            .map(|stroke| {
                let stroke = wobble(&stroke, rng);
                stroke
                    .into_iter()
                    .map(|[x, y]| {
                        let (x, y) = (x * size * stretch, y * size / stretch);
                        [
                            (centre[0] + cos * x - sin * y).clamp(0.0, 1.0),
                            (centre[1] + sin * x + cos * y).clamp(0.0, 1.0),
                        ]
                    })
                    .collect()
            })
            .collect()
    }

    /// An ellipse-ish loop with a random start, direction and a small gap or overlap at the end.
    fn circle(rng: &mut StdRng) -> Vec<[f32; 2]> {
        let start = rng.random_range(0.0..TAU);
        let sweep = TAU + rng.random_range(-0.3f32..0.4);
        let direction = if rng.random_bool(0.5) { 1.0 } else { -1.0 };
        let n = (sweep * 0.5 / STEP).ceil() as usize;
        (0..=n)
            .map(|i| {
                let a = start + direction * sweep * i as f32 / n as f32;
                [0.5 * a.cos(), 0.5 * a.sin()]
            })
            .collect()
    }

    /// A closed polygon from a random corner in a random direction, corners a little off;
    /// sometimes drawn in two strokes.
    fn polygon(corners: &[[f32; 2]], rng: &mut StdRng) -> Vec<Vec<[f32; 2]>> {
        let mut pts: Vec<[f32; 2]> = corners
            .iter()
            .map(|&[x, y]| {
                [
                    x + rng.random_range(-0.06..0.06),
                    y + rng.random_range(-0.06..0.06),
                ]
            })
            .collect();
        let start = rng.random_range(0..pts.len());
        pts.rotate_left(start);
        if rng.random_bool(0.5) {
            pts.reverse();
        }
        let mut closed = pts.clone();
        closed.extend(pts.first().copied());
        if rng.random_bool(0.25) {
            // Two strokes meeting at the opposite corner.
            let mid = closed.len() / 2;
            vec![trace(&closed[..=mid]), trace(&closed[mid..])]
        } else {
            vec![trace(&closed)]
        }
    }

    /// A slightly bowed line from left to right or right to left.
    fn line(rng: &mut StdRng) -> Vec<[f32; 2]> {
        let bow = rng.random_range(-0.06f32..0.06);
        let n = (1.0 / STEP).ceil() as usize;
        let mut pts: Vec<[f32; 2]> = (0..=n)
            .map(|i| {
                let t = i as f32 / n as f32;
                [t - 0.5, bow * (PI * t).sin()]
            })
            .collect();
        if rng.random_bool(0.5) {
            pts.reverse();
        }
        pts
    }

    /// Points every `STEP` along the polyline through `corners`.
    fn trace(corners: &[[f32; 2]]) -> Vec<[f32; 2]> {
        let mut out: Vec<[f32; 2]> = corners.first().copied().into_iter().collect();
        for w in corners.windows(2) {
            let (a, b) = (w[0], w[1]);
            let n = ((b[0] - a[0]).hypot(b[1] - a[1]) / STEP).ceil().max(1.0) as usize;
            for i in 1..=n {
                let t = i as f32 / n as f32;
                out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
            }
        }
        out
    }

    /// A hand's unsteadiness: two slow waves per axis along the stroke plus a little tremor.
    fn wobble(stroke: &[[f32; 2]], rng: &mut StdRng) -> Vec<[f32; 2]> {
        let mut waves = [[0.0f32; 3]; 4]; // amplitude, frequency, phase
        for w in &mut waves {
            *w = [
                rng.random_range(0.005..0.025),
                rng.random_range(1.0..5.0),
                rng.random_range(0.0..TAU),
            ];
        }
        let n = stroke.len().max(2) - 1;
        stroke
            .iter()
            .enumerate()
            .map(|(i, &[x, y])| {
                let t = i as f32 / n as f32;
                let wave = |w: [f32; 3]| w[0] * (TAU * w[1] * t + w[2]).sin();
                [
                    x + wave(waves[0]) + wave(waves[1]) + rng.random_range(-0.004..0.004),
                    y + wave(waves[2]) + wave(waves[3]) + rng.random_range(-0.004..0.004),
                ]
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifier_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Classifier>();
    }

    #[test]
    fn warp_identity_keeps_points() {
        assert_eq!(Warp::IDENTITY.apply([0.3, 0.7]), [0.3, 0.7]);
    }

    #[test]
    fn segment_distance() {
        let d = distance_to_segment([1.0, 1.0], [0.0, 0.0], [2.0, 0.0]);
        assert!((d - 1.0).abs() < 1e-6);
        let d = distance_to_segment([3.0, 0.0], [0.0, 0.0], [2.0, 0.0]);
        assert!((d - 1.0).abs() < 1e-6);
        let d = distance_to_segment([0.0, 2.0], [0.0, 0.0], [0.0, 0.0]);
        assert!((d - 2.0).abs() < 1e-6);
    }

    #[test]
    fn synthetic_drawings_are_valid_and_seeded() -> Result<()> {
        let (names, a) = synthetic::shapes(6, 3);
        let (_, b) = synthetic::shapes(6, 3);
        let (_, c) = synthetic::shapes(6, 4);
        assert_eq!(names, synthetic::SHAPES);
        assert_eq!(a.len(), 24);
        assert_eq!(a, b);
        assert_ne!(a, c);
        for (i, e) in a.iter().enumerate() {
            check_drawing(&e.strokes, Some(i))?;
        }
        let (names, skewed) = synthetic::shapes_with_counts(&[7, 2], 1);
        assert_eq!(names, ["circle", "square"]);
        assert_eq!(skewed.iter().filter(|e| e.class == 1).count(), 2);
        Ok(())
    }

    #[test]
    fn augmentation_keeps_the_image_in_range() {
        let (_, set) = synthetic::shapes(2, 9);
        let mut rng = StdRng::seed_from_u64(1);
        for e in &set {
            let img = augmented(&e.strokes, &mut rng);
            assert_eq!(img.len(), PIXELS);
            assert!(img.iter().all(|v| (0.0..=1.0).contains(v)));
            assert!(img.iter().any(|&v| v > 0.5));
        }
    }
}
