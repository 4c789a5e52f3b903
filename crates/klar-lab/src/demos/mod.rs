//! The logic behind the hands-on demos: each module turns engine calls (or, for `claims`,
//! `injection::guess` and `privacy`, plain rules without a model) into exactly what one demo
//! shows, so the shell only forwards and the UI only draws.

pub mod agent;
pub mod bias;
pub mod claims;
pub mod detector;
pub mod energy;
pub mod injection;
pub mod next_token;
pub mod privacy;
pub mod tokens;

use crate::error::{Error, Result};

/// Refuses text longer than `max_chars` characters with a message naming the limit.
pub(crate) fn cap(text: &str, max_chars: usize, what: &str) -> Result<()> {
    let n = text.chars().count();
    if n > max_chars {
        return Err(Error::TooLong { what: what.to_string(), chars: n, max_chars });
    }
    Ok(())
}
