//! The rules, one file per kind of personal data; `candidates` runs them all. Each rule only
//! proposes marks: overlaps are settled afterwards by `resolve`.

pub(crate) mod address;
pub(crate) mod date;
pub(crate) mod email;
pub(crate) mod health;
pub(crate) mod iban;
pub(crate) mod id;
pub(crate) mod name;
pub(crate) mod phone;

use super::patterns::Patterns;
use super::Mark;

pub(crate) fn candidates(p: &Patterns, text: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    email::find_emails(p, text, &mut out);
    iban::find_ibans(p, text, &mut out);
    phone::find_phones(p, text, &mut out);
    date::find_birth_dates(p, text, &mut out);
    name::find_names(p, text, &mut out);
    address::find_addresses(p, text, &mut out);
    health::find_health(p, text, &mut out);
    id::find_id_numbers(p, text, &mut out);
    out
}
