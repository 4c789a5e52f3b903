//! Energy meter: the CPU time one answer took on this PC, turned into watt-hours with every
//! assumption shown, and scaled up to "a million people asking this every day".

use serde::Serialize;
use std::time::Duration;
use ts_rs::TS;

/// The assumptions behind the estimate; the UI shows all of them.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct Assumptions {
    /// Extra power one fully busy CPU core draws (desktop and laptop cores: roughly 5–20 W).
    pub watts_per_busy_core: f64,
    /// People asking once a day in the scaled-up figure.
    pub people: f64,
    /// Energy to boil one litre of water in a kettle (about 0.1 kWh).
    pub kettle_litre_wh: f64,
    /// One full smartphone charge (about 15 Wh).
    pub phone_charge_wh: f64,
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions { watts_per_busy_core: 15.0, people: 1_000_000.0, kettle_litre_wh: 100.0, phone_charge_wh: 15.0 }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct EnergyReport {
    /// CPU time all cores spent on the answer, seconds.
    pub cpu_s: f64,
    /// Time the learner waited, seconds.
    pub wall_s: f64,
    pub tokens: u32,
    /// Whether `cpu_s` was measured (else estimated from wall time × threads).
    pub measured: bool,
    pub wh: f64,
    /// The same answer asked by `people` every day: kWh per day and per year.
    pub scaled_kwh_per_day: f64,
    pub scaled_kwh_per_year: f64,
    /// How many litres of water that would boil per day, and phone charges per day.
    pub kettles_per_day: f64,
    pub phone_charges_per_day: f64,
    pub assumptions: Assumptions,
}

/// Turns a measured (or estimated) CPU time into the report.
pub fn estimate(cpu: Duration, wall: Duration, tokens: u32, measured: bool, a: &Assumptions) -> EnergyReport {
    let cpu_s = cpu.as_secs_f64();
    let wh = cpu_s * a.watts_per_busy_core / 3600.0;
    let per_day_wh = wh * a.people;
    EnergyReport {
        cpu_s,
        wall_s: wall.as_secs_f64(),
        tokens,
        measured,
        wh,
        scaled_kwh_per_day: per_day_wh / 1000.0,
        scaled_kwh_per_year: per_day_wh * 365.0 / 1000.0,
        kettles_per_day: per_day_wh / a.kettle_litre_wh,
        phone_charges_per_day: per_day_wh / a.phone_charge_wh,
        assumptions: a.clone(),
    }
}

/// CPU time (user + system, all threads) this process has used so far, where the OS tells us.
pub fn process_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    parse_proc_stat(&stat)
}

/// utime and stime are fields 14 and 15, counted in clock ticks (100 per second on Linux).
/// The command name (field 2) may hold spaces, so fields are counted after its closing ')'.
fn parse_proc_stat(stat: &str) -> Option<Duration> {
    let after = stat.rsplit_once(')')?.1;
    let mut fields = after.split_whitespace().skip(11);
    let utime: u64 = fields.next()?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some(Duration::from_millis((utime + stime) * 10))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_proc_stat_with_spaces_in_the_name() {
        let s = "1234 (klar lab) R 1 2 3 4 5 6 7 8 9 10 250 30 0 0 20 0 8 0 100";
        assert_eq!(parse_proc_stat(s), Some(Duration::from_millis(2800)));
        assert_eq!(parse_proc_stat("garbage"), None);
    }

    #[test]
    fn one_cpu_second_at_15_watts() {
        let r = estimate(Duration::from_secs(1), Duration::from_secs(2), 50, true, &Assumptions::default());
        assert!((r.wh - 15.0 / 3600.0).abs() < 1e-12);
        assert!((r.scaled_kwh_per_day - 15.0 / 3600.0 * 1000.0).abs() < 1e-9);
        assert!((r.scaled_kwh_per_year - r.scaled_kwh_per_day * 365.0).abs() < 1e-9);
        assert!((r.kettles_per_day - r.scaled_kwh_per_day * 10.0).abs() < 1e-9);
    }

    #[test]
    fn this_process_has_used_some_cpu() {
        if cfg!(target_os = "linux") {
            assert!(process_cpu_time().is_some());
        }
    }
}
