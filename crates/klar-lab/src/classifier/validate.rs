//! Checks a learner's classes and drawings before anything is trained: each problem they can fix
//! has its own error (too few or too many classes, bad names, too few or too many drawings, an
//! empty or overlong drawing, a point off the canvas).

use super::{Example, Stroke, TrainOptions, MAX_CLASSES, MAX_NAME_CHARS, MAX_PER_CLASS, MAX_POINTS, MAX_STROKES, MIN_CLASSES};
use crate::error::{Error, Result};

/// Points may stray a little past the canvas edge (the pen leaving it), no further.
const COORD_MIN: f32 = -0.1;
const COORD_MAX: f32 = 1.1;

/// Limits on one drawing; `example` names it in the error when it is part of a training set.
pub(super) fn check_drawing(strokes: &[Stroke], example: Option<usize>) -> Result<()> {
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
pub(super) fn check_class_names(names: &[String]) -> Result<Vec<String>> {
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

pub(super) fn check_options(opts: &TrainOptions) -> Result<()> {
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
pub(super) fn check_examples(
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
