//! Generated drawings of four shapes, for tests, the benchmark and the lessons' presets.

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classifier::validate::check_drawing;
    use crate::error::Result;

    #[test]
    fn synthetic_drawings_are_valid_and_seeded() -> Result<()> {
        let (names, a) = shapes(6, 3);
        let (_, b) = shapes(6, 3);
        let (_, c) = shapes(6, 4);
        assert_eq!(names, SHAPES);
        assert_eq!(a.len(), 24);
        assert_eq!(a, b);
        assert_ne!(a, c);
        for (i, e) in a.iter().enumerate() {
            check_drawing(&e.strokes, Some(i))?;
        }
        let (names, skewed) = shapes_with_counts(&[7, 2], 1);
        assert_eq!(names, ["circle", "square"]);
        assert_eq!(skewed.iter().filter(|e| e.class == 1).count(), 2);
        Ok(())
    }
}
