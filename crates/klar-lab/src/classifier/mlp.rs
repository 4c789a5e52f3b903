//! The network: pixels → a hidden layer (ReLU) → one score per class, with seeded initial weights.

use super::PIXELS;
use crate::error::{Error, Result};
use candle_core::{DType, Device, Module, Tensor, Var};
use candle_nn::{linear, loss, Linear, VarBuilder, VarMap};
use rand::rngs::StdRng;
use rand::Rng;

/// Pixels → hidden layer (ReLU) → one score per class.
#[derive(Debug, Clone)]
pub(super) struct Mlp {
    hidden: Linear,
    output: Linear,
}

impl Mlp {
    /// Puts seeded initial weights into `varmap` (candle's CPU random generator cannot be
    /// seeded) and builds the layers on them.
    pub(super) fn new(varmap: &VarMap, classes: usize, hidden: usize, rng: &mut StdRng) -> Result<Mlp> {
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

    pub(super) fn forward(&self, xs: &Tensor) -> candle_core::Result<Tensor> {
        self.output.forward(&self.hidden.forward(xs)?.relu()?)
    }

    /// Loss and accuracy on a labelled batch.
    pub(super) fn score(&self, xs: &Tensor, ys: &Tensor, labels: &[u32]) -> Result<(f32, f32)> {
        let logits = self.forward(xs)?;
        let loss = loss::cross_entropy(&logits, ys)?.to_scalar::<f32>()?;
        let predicted = logits.argmax(1)?.to_vec1::<u32>()?;
        let right = predicted.iter().zip(labels).filter(|(p, y)| p == y).count();
        Ok((loss, right as f32 / labels.len().max(1) as f32))
    }

    /// The same weights, cut loose from the training variables and their gradient tracking.
    pub(super) fn detached(&self) -> Mlp {
        let cut = |l: &Linear| Linear::new(l.weight().detach(), l.bias().map(Tensor::detach));
        Mlp {
            hidden: cut(&self.hidden),
            output: cut(&self.output),
        }
    }
}
