//! Emails: the one kind of data whose shape alone is proof.

use crate::demos::privacy::patterns::Patterns;
use crate::demos::privacy::{Mark, PersonalData};

pub(crate) fn find_emails(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
    for m in p.email.find_iter(text) {
        // An ellipsis or sentence dot before the address is not part of it.
        let lead = m.as_str().len() - m.as_str().trim_start_matches('.').len();
        let start = m.start() + lead;
        let s = &text[start..m.end()];
        let local = s.split('@').next().unwrap_or("");
        if local.is_empty() || local.ends_with('.') || local.contains("..") {
            continue;
        }
        out.push(Mark { range: start..m.end(), kind: PersonalData::Email });
    }
}
