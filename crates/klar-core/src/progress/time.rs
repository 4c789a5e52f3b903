//! Time spent in a lesson, for every learner in every mode: each interaction credits the gap
//! since the one before, capped so that a learner who walked away is not credited the hour.

use crate::error::Result;
use crate::storage::Storage;

/// Time spent: a gap between two interactions counts in full up to this, and as this when longer
/// (a learner who walked away for an hour is credited five minutes, not sixty).
pub const MAX_COUNTED_GAP_MS: i64 = 5 * 60_000;

/// Whole seconds to credit for a gap, and where the next gap starts. The anchor moves only by the
/// seconds credited, so fractions of a second carry over to the next interaction; a capped or
/// negative gap restarts at `now`.
pub fn credit_gap(anchor_ms: Option<i64>, now_ms: i64) -> (i64, i64) {
    let Some(anchor) = anchor_ms else { return (0, now_ms) };
    let gap = now_ms - anchor;
    if gap < 0 {
        (0, now_ms)
    } else if gap > MAX_COUNTED_GAP_MS {
        (MAX_COUNTED_GAP_MS / 1000, now_ms)
    } else {
        let secs = gap / 1000;
        (secs, anchor + secs * 1000)
    }
}

/// Credits the time for the interaction happening now and returns the lesson's new total.
/// `restart` starts a new stretch without crediting the gap before it (opening a lesson: the time
/// since the learner last touched it was not spent in it). Joins the intent's transaction.
pub fn record_time(db: &mut Storage, learner: i64, lesson: &str, restart: bool) -> Result<i64> {
    let now = db.now();
    db.transact(|db| {
        let anchor = db.activity_anchor(learner, lesson)?;
        let (secs, next_anchor) = if restart { (0, now) } else { credit_gap(anchor, now) };
        db.add_time_spent(learner, lesson, secs, next_anchor)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_are_capped_at_five_minutes_and_fractions_carry_over() {
        assert_eq!(credit_gap(None, 10_000), (0, 10_000));
        assert_eq!(credit_gap(Some(10_000), 11_500), (1, 11_000));
        assert_eq!(credit_gap(Some(11_000), 12_000), (1, 12_000), "the half second was not lost");
        assert_eq!(credit_gap(Some(0), 3_600_000), (300, 3_600_000));
        assert_eq!(credit_gap(Some(0), 300_000), (300, 300_000));
        assert_eq!(credit_gap(Some(50_000), 40_000), (0, 40_000));
    }
}
