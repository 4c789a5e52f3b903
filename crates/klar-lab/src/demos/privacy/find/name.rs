//! Names: the words after a cue (intro, label, title, greeting, closing), cut at the first word
//! that is no name.

use crate::demos::privacy::patterns::{Patterns, NameRule, is_arabic_letter};
use crate::demos::privacy::text::{word_before, arabic_key, is_not_name};
use crate::demos::privacy::{Mark, PersonalData};
use crate::demos::privacy::lexicon;
use std::ops::Range;

/// Cuts a cued name at the first word that is not a name; None if nothing is left. With
/// `skip_offices`, leading office words are passed over: "Frau Ministerin Müller" is Müller.
pub(crate) fn trim_name(text: &str, span: Range<usize>, skip_offices: bool) -> Option<Range<usize>> {
    let s = text.get(span.clone())?;
    let mut begin = None;
    let mut end = 0;
    let mut first = true;
    let mut offset = 0;
    for word in s.split([' ', '\t']) {
        let word_start = offset;
        offset += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        let arabic = word.chars().next().is_some_and(is_arabic_letter);
        let key = arabic_key(word);
        let stop = is_not_name(word)
            || (arabic && first && ["ال", "بال", "وال", "فال", "لل"].iter().any(|a| key.starts_with(a)))
            || (arabic
                && !first
                && key.strip_prefix('و').is_some_and(|rest| rest.starts_with("ال") || is_not_name(rest)));
        if stop && first && skip_offices && !arabic {
            continue;
        }
        if stop {
            break;
        }
        begin.get_or_insert(word_start);
        end = word_start + word.len();
        first = false;
    }
    begin.map(|b| span.start + b..span.start + end)
}

pub(crate) fn find_names(p: &Patterns, text: &str, out: &mut Vec<Mark>) {
    for (re, rule) in &p.names {
        for caps in re.captures_iter(text) {
            let (Some(whole), Some(m)) = (caps.get(0), caps.name("m")) else { continue };
            if *rule == NameRule::Title && lexicon::contains(|l| l.determiners, word_before(text, whole.start())) {
                continue;
            }
            match trim_name(text, m.range(), *rule == NameRule::Title) {
                // A greeting or closing line holds only the name: "Euer Team" is no signature.
                Some(range) if *rule == NameRule::Line && range != m.range() => {}
                Some(range) => out.push(Mark { range, kind: PersonalData::Name }),
                None => {}
            }
        }
    }
}
