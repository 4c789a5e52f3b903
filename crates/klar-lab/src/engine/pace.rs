//! The `Pace` scheduler: for each one-token step of generation, all worker threads or just one,
//! whichever has lately been faster on this PC.

/// Chooses, token by token, between all worker threads and one thread for the one-token steps
/// of generation. On a quiet PC all threads win; when other programs keep the cores busy, threads
/// that wait for a pre-empted partner can fall far behind a single thread. Both are timed and the
/// faster is used, re-checking the other now and then.
#[derive(Debug, Default)]
pub(super) struct Pace {
    wide: Option<f64>,
    solo: Option<f64>,
    steps: u64,
}

/// How often the slower way is tried again (one step in this many).
const PACE_RECHECK: u64 = 48;

impl Pace {
    pub(super) fn pick_solo(&mut self) -> bool {
        self.steps += 1;
        match (self.wide, self.solo) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(w), Some(s)) => (s < w) != self.steps.is_multiple_of(PACE_RECHECK),
        }
    }

    pub(super) fn record(&mut self, solo: bool, secs: f64) {
        let slot = if solo { &mut self.solo } else { &mut self.wide };
        *slot = Some(slot.map_or(secs, |v| 0.75 * v + 0.25 * secs));
    }
}
