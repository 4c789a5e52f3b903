//! Training: the drawings become images once, then AdamW steps over shuffled, freshly augmented
//! batches, with `cancel` checked before every step and progress reported after every epoch.

use super::mlp::Mlp;
use super::raster::{augmented, render, Warp};
use super::validate::{check_class_names, check_examples, check_options};
use super::{Classifier, Example, TrainOptions, TrainProgress, TrainReport, PIXELS};
use crate::error::Result;
use candle_core::{Device, Tensor};
use candle_nn::{loss, AdamW, Optimizer, ParamsAdamW, VarMap};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

/// Small training sets take smaller steps, so that every epoch still has this many steps.
const MIN_STEPS_PER_EPOCH: usize = 4;
/// AdamW's weight decay: a little keeps the weights small with so few drawings.
const WEIGHT_DECAY: f64 = 0.01;

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
}
