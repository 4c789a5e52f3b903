//! The "train your own classifier" lab: learners' drawings become small grey images, a tiny neural
//! network learns them live on the CPU, and then says how likely each class is for a new drawing.
//! This file holds the types, prediction, evaluation and the `classifier-bench` figures;
//! `validate` checks the input, `raster` draws the images, `mlp` is the network, `train` trains
//! it and `synthetic` generates shapes.

mod mlp;
mod raster;
mod train;
mod validate;
pub mod synthetic;

use crate::error::{Error, Result};
use candle_core::{Device, Tensor};
use candle_nn::ops;
use mlp::Mlp;
use raster::{render, Warp};
use serde::{Deserialize, Serialize};
use std::sync::atomic::AtomicBool;
use validate::check_drawing;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifier_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Classifier>();
    }
}
