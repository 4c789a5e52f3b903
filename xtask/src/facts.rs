//! `facts_checked` for `cargo xtask check`: every lesson says when its facts were last checked;
//! missing fails the check, older than a year is a warning (laws and figures change).
//! A malformed value is the loader's error, with file and line.

use klar_core::course::{Course, FactsChecked, LessonEntry};
use std::time::{SystemTime, UNIX_EPOCH};

/// After this many months a lesson's facts are due for another check.
pub const MAX_AGE_MONTHS: i32 = 12;

/// Lessons without `facts_checked` (errors) and lessons whose check is too old (warnings).
pub fn check(course: &Course, today: FactsChecked) -> (Vec<String>, Vec<String>) {
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    for entry in &course.lessons {
        let LessonEntry::Ready(lesson) = entry else { continue };
        match lesson.facts_checked {
            None => errors.push(format!("{}/lesson.toml: add facts_checked = \"YYYY-MM\" (when its facts were last checked)", lesson.slug)),
            Some(f) if f.months_until(today) > MAX_AGE_MONTHS => warnings.push(format!(
                "{}: facts last checked {f}, {} months ago: check its laws, dates and figures again",
                lesson.slug,
                f.months_until(today)
            )),
            Some(f) if f.months_until(today) < 0 => {
                errors.push(format!("{}/lesson.toml: facts_checked = \"{f}\" is in the future (today is {today})", lesson.slug))
            }
            Some(_) => {}
        }
    }
    (errors, warnings)
}

/// This month by the system clock (UTC).
pub fn this_month() -> FactsChecked {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    month_of_day(secs / 86_400)
}

/// The year and month of a day counted from 1970-01-01 (the proleptic Gregorian calendar).
fn month_of_day(days: u64) -> FactsChecked {
    // Shift the epoch to 0000-03-01 so leap days fall at the end of a year (Howard Hinnant's
    // well-known days-to-civil arithmetic, written out here).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    FactsChecked { year: year as u16, month: month as u8 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month(year: u16, month: u8) -> FactsChecked {
        FactsChecked { year, month }
    }

    #[test]
    fn days_become_the_right_month() {
        assert_eq!(month_of_day(0), month(1970, 1));
        assert_eq!(month_of_day(59), month(1970, 3), "1970-03-01");
        assert_eq!(month_of_day(20_454), month(2026, 1), "2026-01-01");
        assert_eq!(month_of_day(20_453), month(2025, 12), "2025-12-31");
        assert_eq!(month_of_day(20_513), month(2026, 3), "2026-03-01");
        assert_eq!(month_of_day(20_793), month(2026, 12), "2026-12-06");
        assert_eq!(month_of_day(11_016), month(2000, 2), "2000-02-29, a leap day");
    }

    #[test]
    fn the_fixture_lessons_break_the_facts_rules() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/lessons/checker");
        let loaded = klar_core::course::load_course(&root);
        let (errors, warnings) = check(&loaded.course, month(2026, 12));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("no-facts-date/"), "{errors:?}");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].starts_with("stale-facts:") && warnings[0].contains("18 months"), "{warnings:?}");
        // stale-facts is from 2025-06: a year to the month is still fine, the month after it is due.
        assert!(check(&loaded.course, month(2026, 6)).1.is_empty());
        assert_eq!(check(&loaded.course, month(2026, 7)).1.len(), 1);
        let (future, _) = check(&loaded.course, month(2026, 11));
        assert!(future.iter().any(|e| e.contains("in the future")), "{future:?}");
    }
}
