//! Drawings to images: strokes are cropped to the ink, scaled into the middle of a 28×28 image,
//! drawn with a soft-edged pen and blurred lightly; `augmented` makes the slightly warped and
//! shifted copies training shows the network.

use super::{Stroke, PIXELS, SIDE};
use rand::rngs::StdRng;
use rand::Rng;

/// Blank pixels on each side of the ink, as in MNIST (a 20×20 box in 28×28).
const MARGIN: f32 = 4.0;
/// Half the pen width in output pixels, and the width of its soft edge (the anti-aliasing).
const PEN_RADIUS: f32 = 0.9;
const PEN_EDGE: f32 = 1.0;
/// Ink smaller than this (in canvas units) is not blown up further, so a dot stays a dot.
const MIN_EXTENT: f32 = 0.05;
/// Points closer than this (in output pixels) to the previous one add nothing but work.
const MIN_STEP_PX: f32 = 0.5;

/// A 2×2 linear map applied to the points before drawing (augmentation). Translation is left
/// out because drawing crops to the ink anyway.
#[derive(Clone, Copy, Debug)]
pub(super) struct Warp([f32; 4]);

impl Warp {
    pub(super) const IDENTITY: Warp = Warp([1.0, 0.0, 0.0, 1.0]);

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
pub(super) fn render(strokes: &[Stroke], warp: Warp) -> Vec<f32> {
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
pub(super) fn augmented(strokes: &[Stroke], rng: &mut StdRng) -> Vec<f32> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classifier::synthetic;
    use rand::SeedableRng;

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
