//! Health: diagnoses, conditions and treatments, unless they stand in a phrase that means something
//! else.

use crate::demos::privacy::patterns::Patterns;
use crate::demos::privacy::{Mark, PersonalData};
use std::ops::Range;

pub(crate) fn find_health(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
    let exceptions: Vec<Range<usize>> = p.not_health.find_iter(text).map(|m| m.range()).collect();
    let mut found: Vec<Range<usize>> = p.health.find_iter(text).map(|m| m.range()).collect();
    for re in &p.health_context {
        found.extend(re.captures_iter(text).filter_map(|c| c.name("m")).map(|m| m.range()));
    }
    for r in found {
        if !exceptions.iter().any(|e| e.start <= r.start && r.end <= e.end) {
            out.push(Mark { range: r, kind: PersonalData::Health });
        }
    }
}
